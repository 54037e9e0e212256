package io.dbkeep.adapter.out.studio;

import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.studio.ColumnInfo;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableRef;
import io.dbkeep.domain.studio.TableStructure;
import io.dbkeep.domain.studio.TableSummary;
import io.dbkeep.domain.studio.ValueKind;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * MySQL and MariaDB (through the MariaDB driver): the catalog from {@code information_schema},
 * {@code `identifiers`}, {@code <=>} for NULL-safe equality.
 */
final class MariaDbDialect extends Dialect {

  private final MariaDbCatalog catalog = new MariaDbCatalog(this);

  private static final Pattern CONSTRAINT_NAME = Pattern.compile("CONSTRAINT `((?:[^`]|``)+)`");
  private static final Pattern KEY_NAME = Pattern.compile("for key '([^']+)'");
  private static final Pattern CHECK_NAME = Pattern.compile("CONSTRAINT `((?:[^`]|``)+)` failed");

  @Override
  String driverClass() {
    return "org.mariadb.jdbc.Driver";
  }

  /** MySQL has no DEFAULT VALUES. */
  @Override
  String defaultValuesClause() {
    return " () VALUES ()";
  }

  /** MySQL has no RETURNING: the writer reads the row back by its (generated) key. */
  @Override
  boolean insertReturnsRows() {
    return false;
  }

  @Override
  Engine engine() {
    return Engine.MYSQL;
  }

  @Override
  String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  @Override
  void begin(Connection connection, boolean readOnly) throws SQLException {
    connection.setAutoCommit(false);
    try (var statement = connection.createStatement()) {
      statement.execute(readOnly ? "START TRANSACTION READ ONLY" : "START TRANSACTION");
    }
  }

  @Override
  java.util.Map<String, String> forcedDriverProperties(boolean readOnly) {
    // No LOCAL INFILE (the server could ask for any file of this machine), no multi-statement
    // texts (the server then refuses a second statement), no Java deserialisation of values.
    return java.util.Map.of(
        "allowLocalInfile", "false",
        "allowLoadLocalInfile", "false",
        "allowUrlInLocalInfile", "false",
        "allowMultiQueries", "false",
        "autoDeserialize", "false");
  }

  @Override
  String readOnlySessionSql() {
    // DDL commits implicitly and starts a new transaction: the session's default keeps it
    // read-only.
    return "SET SESSION TRANSACTION READ ONLY";
  }

  // ---- catalog: read by MariaDbCatalog -------------------------------------------------------

  @Override
  String databaseName(Session session) throws SQLException, StatementGuard.StoppedException {
    return catalog.databaseName(session);
  }

  @Override
  List<TableSummary> listTables(Session session)
      throws SQLException, StatementGuard.StoppedException {
    return catalog.listTables(session);
  }

  @Override
  boolean schemaExists(Session session, String schema)
      throws SQLException, StatementGuard.StoppedException {
    return catalog.schemaExists(session, schema);
  }

  @Override
  OptionalLong estimateRows(Session session, TableStructure table)
      throws SQLException, StatementGuard.StoppedException {
    return catalog.estimateRows(session, table);
  }

  @Override
  Option<TableStructure> describe(Session session, TableRef table)
      throws SQLException, StatementGuard.StoppedException {
    return catalog.describe(session, table);
  }

  @Override
  List<TableStructure> describeAll(Session session)
      throws SQLException, StatementGuard.StoppedException {
    return catalog.describeAll(session);
  }

  // ---- values --------------------------------------------------------------------------------

  @Override
  ValueKind kindOf(ResultSetMetaData metadata, int column) throws SQLException {
    var name = metadata.getColumnTypeName(column);
    if (name == null) {
      return ValueKind.OTHER;
    }
    var base = name.toLowerCase(Locale.ROOT).replace(" unsigned", "").strip();
    if (base.equals("tinyint") || base.equals("bit")) {
      return metadata.getPrecision(column) == 1 ? ValueKind.BOOLEAN : ValueKind.INTEGER;
    }
    return MariaDbCatalog.kind(base, null);
  }

  @Override
  Sql.Param param(ColumnInfo column, JsonValue value, boolean fromText)
      throws InvalidValueException {
    if (column.kind() == ValueKind.BYTES && column.type().base().equals("bit")) {
      var number = Values.toInteger(value).longValue();
      return (statement, index) -> statement.setLong(index, number);
    }
    return super.param(column, value, fromText);
  }

  @Override
  boolean singlePrecision(ColumnInfo column) {
    return column.type().base().equals("float");
  }

  /** A FLOAT column compares as a double: the parameter must be rounded to a float first. */
  @Override
  String placeholder(ColumnInfo column) {
    return singlePrecision(column) ? "CAST(? AS FLOAT)" : "?";
  }

  // ---- SQL fragments -------------------------------------------------------------------------

  @Override
  String nullSafeEquals(String left, String right) {
    return left + " <=> " + right;
  }

  @Override
  String asText(String expression) {
    return "CAST(" + expression + " AS CHAR)";
  }

  @Override
  String likeIgnoringCase(String text) {
    // Backslash is MySQL's default LIKE escape.
    return "LOWER(" + text + ") LIKE LOWER(?)";
  }

  @Override
  String jsonComparable(String expression) {
    return "JSON_COMPACT(" + expression + ")";
  }

  @Override
  String orderTerm(String expression, boolean descending, boolean nullsFirst, boolean nullable) {
    var term = expression + (descending ? " DESC" : " ASC");
    // MySQL puts NULLs first ascending and last descending; reorder only when asked otherwise.
    if (nullable && nullsFirst == descending) {
      return "(" + expression + " IS NULL) " + (nullsFirst ? "DESC" : "ASC") + ", " + term;
    }
    return term;
  }

  @Override
  boolean rowValueComparison() {
    return false;
  }

  @Override
  SqlScript.Flavor scriptFlavor() {
    return SqlScript.Flavor.MYSQL;
  }

  // ---- errors --------------------------------------------------------------------------------

  @Override
  StudioError translate(SQLException error, String statement, String script, int offset) {
    var code = error.getErrorCode();
    var message = firstLine(error.getMessage());
    var start = message.indexOf(')');
    if (message.startsWith("(conn=") && start > 0) {
      message = message.substring(start + 1).strip();
    }
    switch (code) {
      case 1062:
        return constraint("unique", group(KEY_NAME, message), message);
      case 1451, 1452, 1216, 1217:
        return constraint("foreign", group(CONSTRAINT_NAME, message), message);
      case 1048, 1364:
        return constraint("notnull", null, message);
      case 4025, 3819:
        return constraint("check", group(CHECK_NAME, message), message);
      case 1792:
        return StudioError.of(StudioError.Code.READ_ONLY, "The Studio runs read-only: " + message);
      default:
        break;
    }
    var state = error.getSQLState() == null ? "" : error.getSQLState();
    if ((state.startsWith("22") || code == 1366 || code == 1292 || code == 1406)
        && statement.isEmpty()) {
      return StudioError.of(
          StudioError.Code.INVALID_VALUE, "A value does not fit its column: " + message);
    }
    return StudioError.sqlError(message, nearPosition(message, statement, script, offset));
  }

  private static String group(Pattern pattern, String text) {
    var matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1).replace("``", "`") : null;
  }
}
