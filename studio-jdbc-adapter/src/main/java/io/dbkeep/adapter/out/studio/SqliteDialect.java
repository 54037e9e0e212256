package io.dbkeep.adapter.out.studio;

import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.studio.ColumnInfo;
import io.dbkeep.domain.studio.ColumnType;
import io.dbkeep.domain.studio.ForeignKeyInfo;
import io.dbkeep.domain.studio.IndexInfo;
import io.dbkeep.domain.studio.ReferentialAction;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableKind;
import io.dbkeep.domain.studio.TableRef;
import io.dbkeep.domain.studio.TableStructure;
import io.dbkeep.domain.studio.TableSummary;
import io.dbkeep.domain.studio.UniqueConstraintInfo;
import io.dbkeep.domain.studio.ValueKind;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite: one schema, {@code main}; the catalog from {@code sqlite_schema} and the {@code pragma_*}
 * table functions (whose arguments are bound parameters); dynamic typing, so values are read by
 * what each cell holds and written by the column's declared affinity.
 */
final class SqliteDialect extends Dialect {

  static final String SCHEMA = "main";

  /** Tables whose largest rowid is below this are counted exactly in the table list. */
  static final long SMALL_TABLE_ROWS = 100_000;

  static final int MAX_EXACT_COUNTS = 2_000;

  private static final Pattern FAILED_ON = Pattern.compile("constraint failed: (.+?)\\)?$");

  @Override
  String driverClass() {
    return "org.sqlite.JDBC";
  }

  /** A statement waits for a lock at most as long as the statement timeout. */
  @Override
  java.util.Map<String, String> timeoutDriverProperties(java.time.Duration statementTimeout) {
    return java.util.Map.of(
        "busy_timeout", Long.toString(Math.min(Integer.MAX_VALUE, statementTimeout.toMillis())));
  }

  @Override
  Engine engine() {
    return Engine.SQLITE;
  }

  @Override
  String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  @Override
  void begin(Connection connection, boolean readOnly) throws SQLException {
    // Read-only Studios open the file read-only; a transaction is a plain deferred one.
    connection.setAutoCommit(false);
  }

  @Override
  java.util.Map<String, String> forcedDriverProperties(boolean readOnly) {
    var forced = new java.util.HashMap<String, String>();
    // No native extensions loaded by SQL (load_extension runs code in this process).
    forced.put("enable_load_extension", "false");
    // No ATTACH: it opens (and creates) any file this process may write.
    forced.put("limit_attached", "0");
    forced.put("foreign_keys", "true");
    if (readOnly) {
      // SQLITE_OPEN_READONLY: the file cannot be written through these connections at all.
      forced.put("open_mode", "1");
    }
    return forced;
  }

  @Override
  String readOnlySessionSql() {
    return "PRAGMA query_only = 1";
  }

  /** SQLite stores every integer in 64 bits, whatever the declared type's name says. */
  @Override
  java.math.BigInteger[] integerRange(ColumnInfo column) {
    return new java.math.BigInteger[] {
      java.math.BigInteger.valueOf(Long.MIN_VALUE), java.math.BigInteger.valueOf(Long.MAX_VALUE)
    };
  }

  /** VACUUM INTO writes a copy of the database to any path this process may write. */
  private static final java.util.regex.Pattern VACUUM_INTO =
      java.util.regex.Pattern.compile(
          "\\bVACUUM\\b[\\s\\S]*\\bINTO\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  @Override
  Option<String> fileRefusal(String statement) {
    return VACUUM_INTO.matcher(statement).find()
        ? Option.of(
            "VACUUM INTO writes a file outside the database; the Studio does not write files")
        : Option.none();
  }

  // ---- catalog -------------------------------------------------------------------------------

  @Override
  String databaseName(Session session) throws SQLException, StatementGuard.StoppedException {
    var files =
        session.query(
            new Sql("SELECT file FROM pragma_database_list WHERE name = 'main'"),
            row -> row.getString(1));
    if (files.isEmpty() || files.get(0) == null || files.get(0).isEmpty()) {
      return "(memory)";
    }
    return java.nio.file.Path.of(files.get(0)).getFileName().toString();
  }

  private List<String[]> relations(Session session, String types)
      throws SQLException, StatementGuard.StoppedException {
    return session.query(
        new Sql(
            "SELECT name, type FROM main.sqlite_schema WHERE type IN ("
                + types
                + ") AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
        row -> new String[] {row.getString(1), row.getString(2)});
  }

  @Override
  List<TableSummary> listTables(Session session)
      throws SQLException, StatementGuard.StoppedException {
    var relations = relations(session, "'table', 'view'");
    var summaries = new ArrayList<TableSummary>();
    var toCount = new ArrayList<TableRef>();
    var estimates = new LinkedHashMap<TableRef, Long>();
    for (var relation : relations) {
      var table = new TableRef(SCHEMA, relation[0]);
      if (relation[1].equals("table")) {
        var estimate = maxRowid(session, table);
        if (estimate.isPresent()) {
          estimates.put(table, estimate.getAsLong());
        }
        if ((estimate.isEmpty() || estimate.getAsLong() < SMALL_TABLE_ROWS)
            && toCount.size() < MAX_EXACT_COUNTS) {
          toCount.add(table);
        }
      }
    }
    var exact = ExactCounts.of(session, this, toCount);
    for (var relation : relations) {
      var table = new TableRef(SCHEMA, relation[0]);
      if (relation[1].equals("view")) {
        summaries.add(TableSummary.uncounted(table, TableKind.VIEW));
      } else if (exact.containsKey(table)) {
        summaries.add(TableSummary.exact(table, TableKind.TABLE, exact.get(table)));
      } else if (estimates.containsKey(table)) {
        summaries.add(TableSummary.estimated(table, TableKind.TABLE, estimates.get(table)));
      } else {
        summaries.add(TableSummary.uncounted(table, TableKind.TABLE));
      }
    }
    return summaries;
  }

  /** The largest rowid: a cheap upper estimate of the row count; none for WITHOUT ROWID tables. */
  private OptionalLong maxRowid(Session session, TableRef table)
      throws SQLException, StatementGuard.StoppedException {
    var savepoint = session.connection.setSavepoint();
    try {
      var max = session.queryLong(new Sql("SELECT max(rowid) FROM " + table(table)), 0);
      session.connection.releaseSavepoint(savepoint);
      return OptionalLong.of(max);
    } catch (SQLException e) {
      session.connection.rollback(savepoint);
      return OptionalLong.empty();
    }
  }

  @Override
  boolean schemaExists(Session session, String schema) {
    return SCHEMA.equals(schema);
  }

  @Override
  OptionalLong estimateRows(Session session, TableStructure table)
      throws SQLException, StatementGuard.StoppedException {
    if (table.kind() == TableKind.VIEW) {
      return OptionalLong.empty();
    }
    return maxRowid(session, table.table());
  }

  @Override
  Option<TableStructure> describe(Session session, TableRef table)
      throws SQLException, StatementGuard.StoppedException {
    if (!SCHEMA.equals(table.schema())) {
      return Option.none();
    }
    var found =
        session.query(
            new Sql(
                    "SELECT type FROM main.sqlite_schema WHERE type IN ('table', 'view') AND name = ")
                .param(text(table.name())),
            row -> row.getString(1));
    if (found.isEmpty() || table.name().startsWith("sqlite_")) {
      return Option.none();
    }
    return Option.of(
        structure(session, table, found.get(0).equals("view") ? TableKind.VIEW : TableKind.TABLE));
  }

  @Override
  List<TableStructure> describeAll(Session session)
      throws SQLException, StatementGuard.StoppedException {
    var structures = new ArrayList<TableStructure>();
    for (var relation : relations(session, "'table'")) {
      structures.add(structure(session, new TableRef(SCHEMA, relation[0]), TableKind.TABLE));
    }
    return structures;
  }

  private TableStructure structure(Session session, TableRef table, TableKind kind)
      throws SQLException, StatementGuard.StoppedException {
    record Raw(
        String name, String type, boolean notNull, String defaultValue, int pk, int hidden) {}
    var raws =
        session.query(
            new Sql(
                    "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(")
                .param(text(table.name()))
                .append(", 'main') WHERE hidden <> 1 ORDER BY cid"),
            row ->
                new Raw(
                    row.getString(1),
                    row.getString(2) == null ? "" : row.getString(2),
                    row.getInt(3) != 0,
                    row.getString(4),
                    row.getInt(5),
                    row.getInt(6)));
    var primaryKey =
        raws.stream()
            .filter(raw -> raw.pk > 0)
            .sorted(java.util.Comparator.comparingInt(Raw::pk))
            .map(Raw::name)
            .toList();
    var rowidAlias =
        primaryKey.size() == 1
            && raws.stream()
                .anyMatch(
                    raw ->
                        raw.name.equals(primaryKey.get(0)) && raw.type.equalsIgnoreCase("INTEGER"));
    var definition =
        session.query(
            new Sql("SELECT sql FROM main.sqlite_schema WHERE name = ").param(text(table.name())),
            row -> row.getString(1));
    var autoIncrement =
        rowidAlias
            && !definition.isEmpty()
            && definition.get(0) != null
            && definition.get(0).toUpperCase(Locale.ROOT).contains("AUTOINCREMENT");
    var indexes = new ArrayList<IndexInfo>();
    var uniques = new ArrayList<UniqueConstraintInfo>();
    for (var index :
        session.query(
            new Sql("SELECT name, \"unique\", origin FROM pragma_index_list(")
                .param(text(table.name()))
                .append(", 'main') ORDER BY name"),
            row -> new Object[] {row.getString(1), row.getInt(2) != 0, row.getString(3)})) {
      var name = (String) index[0];
      var columns =
          session.query(
              new Sql("SELECT name FROM pragma_index_info(")
                  .param(text(name))
                  .append(", 'main') ORDER BY seqno"),
              row -> row.getString(1) == null ? "(expression)" : row.getString(1));
      var origin = (String) index[2];
      indexes.add(new IndexInfo(name, columns, (Boolean) index[1], origin.equals("pk")));
      if (origin.equals("u")) {
        uniques.add(new UniqueConstraintInfo(name, columns));
      }
    }
    record FkPart(int id, String table, String from, String to, String onUpdate, String onDelete) {}
    var parts =
        session.query(
            new Sql(
                    "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(")
                .param(text(table.name()))
                .append(", 'main') ORDER BY id, seq"),
            row ->
                new FkPart(
                    row.getInt(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getString(5),
                    row.getString(6)));
    var grouped = new LinkedHashMap<Integer, List<FkPart>>();
    parts.forEach(part -> grouped.computeIfAbsent(part.id, k -> new ArrayList<>()).add(part));
    var foreignKeys = new ArrayList<ForeignKeyInfo>();
    for (var entry : grouped.entrySet()) {
      var group = entry.getValue();
      var referenced = group.get(0).table;
      List<String> refColumns = group.stream().map(FkPart::to).toList();
      if (refColumns.stream().anyMatch(java.util.Objects::isNull)) {
        // "REFERENCES parent" without columns means the parent's primary key.
        refColumns = primaryKeyOf(session, referenced);
      }
      foreignKeys.add(
          new ForeignKeyInfo(
              "fk_" + table.name() + "_" + (grouped.size() - 1 - entry.getKey()),
              group.stream().map(FkPart::from).toList(),
              new TableRef(SCHEMA, referenced),
              refColumns,
              ReferentialAction.parse(group.get(0).onDelete),
              ReferentialAction.parse(group.get(0).onUpdate)));
    }
    var columns = new ArrayList<ColumnInfo>();
    for (var raw : raws) {
      var isKey = primaryKey.contains(raw.name);
      columns.add(
          new ColumnInfo(
              raw.name,
              type(raw.type),
              // A primary key column other than a rowid alias may hold NULL in SQLite; we call
              // it NOT NULL, as every other engine would.
              !raw.notNull && !isKey,
              Option.of(raw.defaultValue),
              isKey,
              (isKey && rowidAlias) || raw.hidden >= 2,
              isKey && autoIncrement,
              Option.none()));
    }
    var checks =
        kind == TableKind.TABLE && !definition.isEmpty()
            ? SqliteChecks.read(definition.get(0))
            : List.<io.dbkeep.domain.studio.CheckInfo>of();
    return new TableStructure(
        table, kind, columns, primaryKey, indexes, uniques, foreignKeys, Option.none(), checks);
  }

  private List<String> primaryKeyOf(Session session, String table)
      throws SQLException, StatementGuard.StoppedException {
    return session.query(
        new Sql("SELECT name FROM pragma_table_info(")
            .param(text(table))
            .append(", 'main') WHERE pk > 0 ORDER BY pk"),
        row -> row.getString(1));
  }

  private static final Pattern PARAMETERS =
      Pattern.compile("\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

  static ColumnType type(String declared) {
    var upper = declared.toUpperCase(Locale.ROOT);
    var base = upper.replaceAll("\\(.*", "").strip().toLowerCase(Locale.ROOT);
    ValueKind kind;
    if (upper.contains("BOOL")) {
      kind = ValueKind.BOOLEAN;
    } else if (upper.contains("JSON")) {
      kind = ValueKind.JSON;
    } else if (upper.contains("INT")) {
      kind = ValueKind.INTEGER;
    } else if (upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT")) {
      kind = ValueKind.TEXT;
    } else if (upper.contains("BLOB") || upper.contains("BYTEA") || upper.contains("BINARY")) {
      kind = ValueKind.BYTES;
    } else if (upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB")) {
      kind = ValueKind.FLOAT;
    } else if (upper.contains("DEC") || upper.contains("NUMERIC") || upper.contains("MONEY")) {
      kind = ValueKind.DECIMAL;
    } else if (upper.contains("DATE") || upper.contains("TIME") || upper.contains("UUID")) {
      kind = ValueKind.TEXT;
    } else {
      kind = ValueKind.OTHER;
    }
    var matcher = PARAMETERS.matcher(declared);
    Option<Integer> first = Option.none();
    Option<Integer> second = Option.none();
    if (matcher.find()) {
      first = Option.of(Integer.parseInt(matcher.group(1)));
      second =
          matcher.group(2) == null ? Option.none() : Option.of(Integer.parseInt(matcher.group(2)));
    }
    var numeric = kind == ValueKind.DECIMAL;
    return new ColumnType(
        declared,
        base,
        kind,
        numeric ? Option.none() : first,
        numeric ? first : Option.none(),
        numeric ? second : Option.none(),
        List.of(),
        Option.none());
  }

  private static Sql.Param text(String value) {
    return (statement, index) -> statement.setString(index, value);
  }

  // ---- values --------------------------------------------------------------------------------

  @Override
  ValueKind kindOf(ResultSetMetaData metadata, int column) throws SQLException {
    var declared = metadata.getColumnTypeName(column);
    return declared == null ? ValueKind.OTHER : type(declared).kind();
  }

  /** SQLite cells hold what was stored, whatever the declared type: read by storage class. */
  @Override
  JsonValue read(ResultSet row, int index, ValueKind kind) throws SQLException {
    var value = row.getObject(index);
    if (value == null) {
      return JsonNull.INSTANCE;
    }
    switch (kind) {
      case BOOLEAN:
        if (value instanceof Number number
            && (number.longValue() == 0 || number.longValue() == 1)) {
          return JsonBoolean.of(number.longValue() == 1);
        }
        break;
      case DECIMAL:
        if (value instanceof Number) {
          return new JsonString(new BigDecimal(value.toString()).toPlainString());
        }
        break;
      case JSON:
        if (value instanceof String text) {
          return Values.json(text);
        }
        break;
      default:
        break;
    }
    return Values.ofObject(value);
  }

  @Override
  Sql.Param param(ColumnInfo column, JsonValue value, boolean fromText)
      throws InvalidValueException {
    if (value == JsonNull.INSTANCE) {
      return nullParam(column);
    }
    switch (column.kind()) {
      case INTEGER, DECIMAL, FLOAT, BOOLEAN, BYTES:
        return super.param(column, value, fromText);
      case JSON:
        {
          var text = Values.jsonText(value, fromText);
          return (statement, index) -> statement.setString(index, text);
        }
      default:
        {
          // No affinity to convert to: a number stays a number, text stays text.
          if (value instanceof JsonNumber number && column.kind() == ValueKind.OTHER) {
            var decimal = number.value();
            return (statement, index) -> {
              if (decimal.scale() <= 0
                  && decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                statement.setLong(index, decimal.longValueExact());
              } else {
                statement.setDouble(index, decimal.doubleValue());
              }
            };
          }
          var text = Values.text(value);
          return (statement, index) -> statement.setString(index, text);
        }
    }
  }

  // ---- SQL fragments -------------------------------------------------------------------------

  @Override
  String nullSafeEquals(String left, String right) {
    return left + " IS " + right;
  }

  @Override
  String asText(String expression) {
    return "CAST(" + expression + " AS TEXT)";
  }

  @Override
  String likeIgnoringCase(String text) {
    return "LOWER(" + text + ") LIKE LOWER(?) ESCAPE '\\'";
  }

  @Override
  String jsonComparable(String expression) {
    return "json(" + expression + ")";
  }

  @Override
  String orderTerm(String expression, boolean descending, boolean nullsFirst, boolean nullable) {
    var term = expression + (descending ? " DESC" : " ASC");
    if (nullable) {
      term += nullsFirst ? " NULLS FIRST" : " NULLS LAST";
    }
    return term;
  }

  @Override
  boolean rowValueComparison() {
    return true;
  }

  @Override
  SqlScript.Flavor scriptFlavor() {
    return SqlScript.Flavor.SQLITE;
  }

  // ---- errors --------------------------------------------------------------------------------

  @Override
  boolean unreachable(SQLException error) {
    if (error instanceof SQLiteException sqlite) {
      var code = sqlite.getResultCode();
      return code == SQLiteErrorCode.SQLITE_CANTOPEN || code == SQLiteErrorCode.SQLITE_NOTADB;
    }
    return super.unreachable(error);
  }

  @Override
  StudioError translate(SQLException error, String statement, String script, int offset) {
    var message = firstLine(error.getMessage());
    // "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: t.c)"
    var inner = message.indexOf('(');
    var plain =
        message.startsWith("[") && inner > 0 && message.endsWith(")")
            ? message.substring(inner + 1, message.length() - 1)
            : message.replaceFirst("^\\[[A-Z_]+\\]\\s*", "");
    if (error instanceof SQLiteException sqlite) {
      var code = sqlite.getResultCode();
      var failedOn = FAILED_ON.matcher(plain);
      var name = failedOn.find() ? failedOn.group(1) : null;
      switch (code) {
        case SQLITE_CONSTRAINT_UNIQUE:
          return constraint("unique", name, plain);
        case SQLITE_CONSTRAINT_PRIMARYKEY:
          return constraint("primary", name, plain);
        case SQLITE_CONSTRAINT_FOREIGNKEY:
          return constraint("foreign", null, plain);
        case SQLITE_CONSTRAINT_NOTNULL:
          return constraint("notnull", name, plain);
        case SQLITE_CONSTRAINT_CHECK:
          return constraint("check", name, plain);
        case SQLITE_READONLY:
          return StudioError.of(StudioError.Code.READ_ONLY, "The Studio runs read-only: " + plain);
        default:
          if (code.name().startsWith("SQLITE_CONSTRAINT")) {
            return constraint("other", name, plain);
          }
      }
    }
    return StudioError.sqlError(plain, nearPosition(plain, statement, script, offset));
  }
}
