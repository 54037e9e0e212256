package io.dbkeep.application.fake;

import io.dbkeep.application.port.out.studio.ReadCatalogPort;
import io.dbkeep.application.port.out.studio.ReadRowsPort;
import io.dbkeep.application.port.out.studio.RunSqlPort;
import io.dbkeep.application.port.out.studio.WriteRowsPort;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.problem.Problem;
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
 * position. It runs the same {@code StudioPortContract} as the JDBC adapters ({@code
 * InMemoryStudioDatabaseTest}).
 */
public final class InMemoryStudioDatabase
    implements ReadCatalogPort, ReadRowsPort, WriteRowsPort, RunSqlPort {

  public static final String SCHEMA = "main";

  private final Map<TableRef, TableStructure> tables = new LinkedHashMap<>();
  private final Map<TableRef, List<JsonObject>> rows = new LinkedHashMap<>();
  private Engine engine = Engine.SQLITE;

  /** The engine the catalog says it runs on (SQLite unless told). */
  public InMemoryStudioDatabase withEngine(Engine newEngine) {
    this.engine = newEngine;
    return this;
  }

  /** Adds a table as {@code structure} describes it (its schema must be {@link #SCHEMA}). */
  public synchronized InMemoryStudioDatabase withTable(TableStructure structure) {
    tables.put(structure.table(), structure);
    rows.put(structure.table(), new ArrayList<>());
    return this;
  }

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
    return engine;
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
    var problems = new ArrayList<Problem>();
    var filters = new ArrayList<JsonValue[]>();
    for (int i = 0; i < selection.filters().size(); i++) {
      var filter = selection.filters().get(i);
      var column = table.column(filter.column());
      if (column.isEmpty() || filter.operator() != FilterOperator.EQ) {
        problems.add(
            Problem.error(
                "filter[" + i + "]", "UNSUPPORTED", "the fake filters by eq on a column only"));
        continue;
      }
      var value = canonical(column.get(), filter.value(), "filter[" + i + "].value", problems);
      filters.add(new JsonValue[] {new JsonString(filter.column()), value});
    }
    long after = Long.MIN_VALUE;
    if (selection.paging() instanceof Paging.After cursor) {
      var value =
          canonical(table.column("id").get(), cursor.cursor().values().get(0), "after", problems);
      after = value instanceof JsonNumber number ? number.value().longValue() : after;
    }
    if (!problems.isEmpty()) {
      return Either.left(StudioError.invalidValues(problems));
    }
    var matching = new ArrayList<JsonObject>();
    for (var row : rows.get(table.table())) {
      var keep = true;
      for (var filter : filters) {
        var name = ((JsonString) filter[0]).value();
        keep &= canonicalStored(row.get(name).getOrElse(JsonNull.INSTANCE)).equals(filter[1]);
      }
      if (keep) {
        matching.add(row);
      }
    }
    matching.sort((a, b) -> Long.compare(id(a), id(b)));
    var from = 0;
    if (selection.paging() instanceof Paging.Offset offset) {
      from = (int) Math.min(offset.offset(), matching.size());
    } else if (selection.paging() instanceof Paging.After) {
      while (from < matching.size() && id(matching.get(from)) <= after) {
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
    var problems = new ArrayList<Problem>();
    var row = new LinkedHashMap<String, JsonValue>();
    for (var column : table.columns()) {
      var given = values.get(column.name());
      row.put(
          column.name(),
          given.isEmpty()
              ? JsonNull.INSTANCE
              : canonical(column, given.get(), "values." + column.name(), problems));
    }
    if (!problems.isEmpty()) {
      return Either.left(StudioError.invalidValues(problems));
    }
    if (row.get("id") == JsonNull.INSTANCE) {
      row.put(
          "id",
          JsonNumber.of(list.stream().mapToLong(InMemoryStudioDatabase::id).max().orElse(0) + 1));
    }
    var id = id(new JsonObject(row));
    if (list.stream().anyMatch(existing -> id(existing) == id)) {
      return Either.left(
          StudioError.of(
              StudioError.Code.CONSTRAINT_VIOLATION, "Another row already has this primary key"));
    }
    var stored = new JsonObject(row);
    list.add(stored);
    return Either.right(stored);
  }

  @Override
  public synchronized Either<StudioError, JsonObject> updateRow(
      TableStructure table, JsonObject key, JsonObject set, JsonObject expect) {
    var list = rows.get(table.table());
    var problems = new ArrayList<Problem>();
    var id =
        canonical(
            table.column("id").get(),
            key.get("id").getOrElse(JsonNull.INSTANCE),
            "key.id",
            problems);
    var changes = new LinkedHashMap<String, JsonValue>();
    for (var member : set.members().entrySet()) {
      var column = table.column(member.getKey());
      if (column.isEmpty()) {
        problems.add(Problem.error("set." + member.getKey(), "UNKNOWN_COLUMN", "no such column"));
      } else {
        changes.put(
            member.getKey(),
            canonical(column.get(), member.getValue(), "set." + member.getKey(), problems));
      }
    }
    if (!problems.isEmpty()) {
      return Either.left(StudioError.invalidValues(problems));
    }
    for (int i = 0; i < list.size(); i++) {
      var row = list.get(i);
      if (!canonicalStored(row.get("id").get()).equals(id)) {
        continue;
      }
      for (var expected : expect.members().entrySet()) {
        var stored = canonicalStored(row.get(expected.getKey()).getOrElse(JsonNull.INSTANCE));
        if (!stored.equals(canonicalStored(expected.getValue()))) {
          return Either.left(StudioError.conflict("The row changed since it was read", row));
        }
      }
      var changed = row;
      for (var member : changes.entrySet()) {
        changed = changed.with(member.getKey(), member.getValue());
      }
      list.set(i, changed);
      return Either.right(changed);
    }
    return Either.left(StudioError.of(StudioError.Code.ROW_NOT_FOUND, "No row has this key"));
  }

  @Override
  public synchronized Either<StudioError, Integer> deleteRows(
      TableStructure table, List<JsonObject> keys) {
    var list = rows.get(table.table());
    var remaining = new ArrayList<>(list);
    for (int i = 0; i < keys.size(); i++) {
      var problems = new ArrayList<Problem>();
      var path = "keys[" + i + "]";
      var id =
          canonical(
              table.column("id").get(),
              keys.get(i).get("id").getOrElse(JsonNull.INSTANCE),
              path + ".id",
              problems);
      if (!problems.isEmpty()) {
        return Either.left(StudioError.invalidValues(problems));
      }
      if (!remaining.removeIf(row -> canonicalStored(row.get("id").get()).equals(id))) {
        return Either.left(
            StudioError.of(
                StudioError.Code.ROW_NOT_FOUND,
                "No row has this key (" + path + "); nothing was deleted",
                List.of(Problem.error(path, "ROW_NOT_FOUND", "No row has this key"))));
      }
    }
    list.clear();
    list.addAll(remaining);
    return Either.right(keys.size());
  }

  /**
   * {@code value} as {@code column} stores it, or a problem at {@code path}: integers are bounded
   * before they are expanded, as the real adapters do.
   */
  private static JsonValue canonical(
      ColumnInfo column, JsonValue value, String path, List<Problem> problems) {
    if (value == JsonNull.INSTANCE) {
      return value;
    }
    if (column.kind() != ValueKind.INTEGER) {
      return value instanceof JsonString ? value : new JsonString(text(value));
    }
    java.math.BigDecimal decimal = null;
    if (value instanceof JsonNumber number) {
      decimal = number.value();
    } else if (value instanceof JsonString string && string.value().strip().length() <= 40) {
      try {
        decimal = new java.math.BigDecimal(string.value().strip());
      } catch (NumberFormatException e) {
        decimal = null;
      }
    }
    if (decimal != null
        && decimal.precision() - decimal.scale() <= 19
        && decimal.scale() <= 40
        && (decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0)) {
      try {
        return JsonNumber.of(decimal.longValueExact());
      } catch (ArithmeticException e) {
        // Reported below.
      }
    }
    problems.add(
        Problem.error(
            path,
            "INVALID_VALUE",
            column.name() + " (" + column.type().display() + ") expects an integer"));
    return JsonNull.INSTANCE;
  }

  private static JsonValue canonicalStored(JsonValue value) {
    if (value instanceof JsonNumber number) {
      return JsonNumber.of(number.value().longValue());
    }
    return value;
  }

  @Override
  public Either<StudioError, List<StatementResult>> runSql(String sql, String runId) {
    var withoutComments = sql.replaceAll("--[^\\n]*", "").strip();
    if (withoutComments.isEmpty()) {
      return Either.left(
          StudioError.invalidQuery(
              List.of(Problem.error("sql", "REQUIRED", "sql must contain a statement"))));
    }
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
    var value = row.get("id").get();
    return value instanceof JsonNumber number
        ? number.value().longValue()
        : Long.parseLong(text(value));
  }

  private static String text(JsonValue value) {
    if (value instanceof JsonString string) {
      return string.value();
    }
    if (value instanceof JsonNumber number) {
      // Never the plain text of 1e50000000 (50 MB).
      return number.value().toString();
    }
    return String.valueOf(value);
  }
}
