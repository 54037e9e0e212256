package io.dbkeep.application.fake;

import io.dbkeep.application.port.out.studio.ReadCatalogPort;
import io.dbkeep.application.port.out.studio.ReadRowsPort;
import io.dbkeep.application.port.out.studio.RunSqlPort;
import io.dbkeep.application.port.out.studio.WriteRowsPort;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.studio.ColumnInfo;
import io.dbkeep.domain.studio.ColumnType;
import io.dbkeep.domain.studio.DatabaseStructure;
import io.dbkeep.domain.studio.FilterOperator;
import io.dbkeep.domain.studio.Paging;
import io.dbkeep.domain.studio.RowCursor;
import io.dbkeep.domain.studio.RowPage;
import io.dbkeep.domain.studio.RowSelection;
import io.dbkeep.domain.studio.SqlPosition;
import io.dbkeep.domain.studio.StatementResult;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableKind;
import io.dbkeep.domain.studio.TableRef;
import io.dbkeep.domain.studio.TableStructure;
import io.dbkeep.domain.studio.TableSummary;
import io.dbkeep.domain.studio.ValueKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Studio's out-ports over an in-memory table list, for service and web tests: one schema {@code
 * main}; rows are JSON objects; filters support {@code eq}; keyset paging works on a single numeric
 * key. SQL: {@code select} answers one row, anything containing {@code fail} is a SQL error at its
 * position.
 */
public final class InMemoryStudioDatabase
    implements ReadCatalogPort, ReadRowsPort, WriteRowsPort, RunSqlPort {

  public static final String SCHEMA = "main";

  private final Map<TableRef, TableStructure> tables = new LinkedHashMap<>();
  private final Map<TableRef, List<JsonObject>> rows = new LinkedHashMap<>();

  /** Adds a table {@code name(id integer primary key, name text not null, note text)}. */
  public InMemoryStudioDatabase withPeopleTable(String name) {
    var ref = new TableRef(SCHEMA, name);
    tables.put(
        ref,
        new TableStructure(
            ref,
            TableKind.TABLE,
            List.of(
                column("id", "integer", ValueKind.INTEGER, false, true),
                column("name", "text", ValueKind.TEXT, false, false),
                column("note", "text", ValueKind.TEXT, true, false)),
            List.of("id"),
            List.of(),
            List.of(),
            List.of(),
            Option.none()));
    rows.put(ref, new ArrayList<>());
    return this;
  }

  /** Adds a row to a table. */
  public InMemoryStudioDatabase withRow(String table, JsonObject row) {
    rows.get(new TableRef(SCHEMA, table)).add(row);
    return this;
  }

  /** The rows of a table now. */
  public List<JsonObject> rowsOf(String table) {
    return List.copyOf(rows.get(new TableRef(SCHEMA, table)));
  }

  private static ColumnInfo column(
      String name, String type, ValueKind kind, boolean nullable, boolean key) {
    return new ColumnInfo(
        name,
        ColumnType.simple(type, type, kind),
        nullable,
        Option.none(),
        key,
        key,
        key,
        Option.none());
  }

  @Override
  public Engine engine() {
    return Engine.SQLITE;
  }

  @Override
  public String databaseName() {
    return "memory";
  }

  @Override
  public synchronized List<TableSummary> listTables() {
    return tables.keySet().stream()
        .map(ref -> TableSummary.exact(ref, TableKind.TABLE, rows.get(ref).size()))
        .toList();
  }

  @Override
  public boolean schemaExists(String schema) {
    return SCHEMA.equals(schema);
  }

  @Override
  public synchronized Option<TableStructure> describeTable(TableRef table) {
    return Option.of(tables.get(table));
  }

  @Override
  public synchronized Either<StudioError, Long> countRows(TableStructure table) {
    return Either.right((long) rows.get(table.table()).size());
  }

  @Override
  public synchronized DatabaseStructure readStructure() {
    return new DatabaseStructure(List.copyOf(tables.values()), List.of());
  }

  @Override
  public synchronized Either<StudioError, RowPage> readRows(
      TableStructure table, RowSelection selection) {
    var matching = new ArrayList<JsonObject>();
    for (var row : rows.get(table.table())) {
      var keep = true;
      for (var filter : selection.filters()) {
        if (filter.operator() == FilterOperator.EQ) {
          keep &= text(row.get(filter.column()).get()).equals(text(filter.value()));
        }
      }
      if (keep) {
        matching.add(row);
      }
    }
    matching.sort((a, b) -> Long.compare(id(a), id(b)));
    var from = 0;
    if (selection.paging() instanceof Paging.Offset offset) {
      from = (int) Math.min(offset.offset(), matching.size());
    } else if (selection.paging() instanceof Paging.After after) {
      var last = Long.parseLong(text(after.cursor().values().get(0)));
      while (from < matching.size() && id(matching.get(from)) <= last) {
        from++;
      }
    }
    var to = Math.min(matching.size(), from + selection.limit());
    var page = matching.subList(from, to);
    Option<RowCursor> next =
        to < matching.size()
            ? Option.of(new RowCursor(List.of(page.get(page.size() - 1).get("id").get())))
            : Option.none();
    return Either.right(new RowPage(page, matching.size(), true, next, Option.none(), List.of()));
  }

  @Override
  public synchronized Either<StudioError, JsonObject> insertRow(
      TableStructure table, JsonObject values) {
    var list = rows.get(table.table());
    var id =
        values
            .get("id")
            .map(InMemoryStudioDatabase::text)
            .map(Long::parseLong)
            .getOrElse(
                () -> list.stream().mapToLong(InMemoryStudioDatabase::id).max().orElse(0) + 1);
    if (list.stream().anyMatch(row -> id(row) == id)) {
      return Either.left(
          StudioError.of(
              StudioError.Code.CONSTRAINT_VIOLATION, "Another row already has this primary key"));
    }
    var row = new LinkedHashMap<String, JsonValue>();
    row.put("id", JsonNumber.of(id));
    for (var column : table.columns()) {
      if (!column.name().equals("id")) {
        row.put(
            column.name(),
            values.get(column.name()).getOrElse(io.dbkeep.domain.json.JsonNull.INSTANCE));
      }
    }
    var stored = new JsonObject(row);
    list.add(stored);
    return Either.right(stored);
  }

  @Override
  public synchronized Either<StudioError, JsonObject> updateRow(
      TableStructure table, JsonObject key, JsonObject set, JsonObject expect) {
    var list = rows.get(table.table());
    var id = Long.parseLong(text(key.get("id").get()));
    for (int i = 0; i < list.size(); i++) {
      var row = list.get(i);
      if (id(row) != id) {
        continue;
      }
      for (var expected : expect.members().entrySet()) {
        if (!text(row.get(expected.getKey()).get()).equals(text(expected.getValue()))) {
          return Either.left(StudioError.conflict("The row changed since it was read", row));
        }
      }
      var changed = row;
      for (var member : set.members().entrySet()) {
        changed = changed.with(member.getKey(), member.getValue());
      }
      list.set(i, changed);
      return Either.right(changed);
    }
    return Either.left(StudioError.of(StudioError.Code.ROW_NOT_FOUND, "No row has id = " + id));
  }

  @Override
  public synchronized Either<StudioError, Integer> deleteRows(
      TableStructure table, List<JsonObject> keys) {
    var list = rows.get(table.table());
    var remaining = new ArrayList<>(list);
    for (var key : keys) {
      var id = Long.parseLong(text(key.get("id").get()));
      if (!remaining.removeIf(row -> id(row) == id)) {
        return Either.left(StudioError.of(StudioError.Code.ROW_NOT_FOUND, "No row has id = " + id));
      }
    }
    list.clear();
    list.addAll(remaining);
    return Either.right(keys.size());
  }

  @Override
  public Either<StudioError, List<StatementResult>> runSql(String sql, String runId) {
    var failure = sql.indexOf("fail");
    if (failure >= 0) {
      return Either.left(
          StudioError.sqlError(
              "syntax error at or near \"fail\"", Option.of(SqlPosition.of(sql, failure))));
    }
    return Either.right(
        List.of(
            new StatementResult.Rows(
                List.of(new StatementResult.ResultColumn("answer", "integer")),
                List.of(List.of(JsonNumber.of(42))),
                false)));
  }

  @Override
  public boolean cancel(String runId) {
    return false;
  }

  private static long id(JsonObject row) {
    return Long.parseLong(text(row.get("id").get()));
  }

  private static String text(JsonValue value) {
    if (value instanceof JsonString string) {
      return string.value();
    }
    if (value instanceof JsonNumber number) {
      return number.value().stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }
}
