package io.dbkeep.adapter.out.studio;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.studio.ColumnInfo;
import io.dbkeep.domain.studio.EnumTypeInfo;
import io.dbkeep.domain.studio.SqlPosition;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableRef;
import io.dbkeep.domain.studio.TableStructure;
import io.dbkeep.domain.studio.TableSummary;
import io.dbkeep.domain.studio.ValueKind;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.Parser;
import org.postgresql.core.TransactionState;
import org.postgresql.util.PSQLException;

/** PostgreSQL: the catalog from {@code pg_catalog}, {@code "identifiers"}, typed parameters. */
final class PostgresDialect extends Dialect {

  private final PostgresCatalog catalog = new PostgresCatalog(this);

  @Override
  String driverClass() {
    return "org.postgresql.Driver";
  }

  @Override
  Engine engine() {
    return Engine.POSTGRESQL;
  }

  @Override
  String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  @Override
  void begin(Connection connection, boolean readOnly) throws SQLException {
    connection.setAutoCommit(false);
    // With auto-commit off, the driver opens the transaction with BEGIN READ ONLY.
    connection.setReadOnly(readOnly);
  }

  @Override
  Map<String, String> forcedDriverProperties(boolean readOnly) {
    // Extended protocol: the server itself refuses several commands in one Parse message, and the
    // driver honours setReadOnly with BEGIN READ ONLY.
    return Map.of(
        "preferQueryMode", "extended",
        "readOnlyMode", "transaction",
        "ApplicationName", "dbkeep-studio");
  }

  @Override
  String readOnlySessionSql() {
    return "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY";
  }

  @Override
  Option<String> pinReadOnly(Session session) throws SQLException, StatementGuard.StoppedException {
    // A query takes the transaction's snapshot: from now on SET TRANSACTION READ WRITE is refused.
    var readOnly =
        session.query(
            new Sql("SELECT current_setting('transaction_read_only')"), row -> row.getString(1));
    return readOnly.equals(List.of("on"))
        ? Option.none()
        : Option.of("the database did not open a read-only transaction");
  }

  @Override
  Option<String> notOneStatement(Connection connection, String statement) throws SQLException {
    var postgres = connection.unwrap(BaseConnection.class);
    var parts =
        Parser.parseJdbcSql(
            statement, postgres.getStandardConformingStrings(), false, true, false, false);
    return parts.size() <= 1
        ? Option.none()
        : Option.of(
            "the driver reads this text as "
                + parts.size()
                + " statements; send each statement separately");
  }

  /**
   * Functions whose effects a read-only transaction does not stop: server files, large objects
   * written out, other connections (dblink), other sessions, the server's configuration, settings
   * of this session (role, read-only defaults), and functions that run a query text. The names are
   * matched as words anywhere in the text (quoted, qualified, with comments before the parenthesis,
   * even inside strings: a read-only console may refuse too much, never too little);
   * Unicode-escaped identifiers are refused outright so the names cannot be spelled around. A
   * defence in depth: the guarantee is a role with SELECT privileges only.
   */
  private static final java.util.regex.Pattern SIDE_EFFECTS =
      java.util.regex.Pattern.compile(
          "\\b(lo_export|lo_import|lo_put|lo_from_bytea|lo_create|lo_unlink|pg_file_\\w+"
              + "|pg_read_\\w*file|pg_ls_\\w+|pg_stat_file|dblink\\w*|pg_terminate_backend"
              + "|pg_cancel_backend|pg_reload_conf|pg_rotate_logfile\\w*|pg_promote|pg_switch_wal"
              + "|pg_create_restore_point|pg_logical_emit_message|pg_notify|set_config"
              + "|\\w*_to_xml\\w*|pg_advisory\\w*|query_to_\\w+)\\b"
              + "|U&\"",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  @Override
  Option<String> readOnlyTextRefusal(String statement) {
    var matcher = SIDE_EFFECTS.matcher(statement);
    return matcher.find()
        ? Option.of(
            "a read-only console does not call "
                + matcher.group()
                + " (its effects are outside the transaction)")
        : Option.none();
  }

  @Override
  void prepareConsoleStatement(java.sql.Statement statement) throws SQLException {
    statement.setEscapeProcessing(false);
  }

  @Override
  Option<String> readOnlyLost(Connection connection) throws SQLException {
    var state = connection.unwrap(BaseConnection.class).getTransactionState();
    return state == TransactionState.OPEN
        ? Option.none()
        : Option.of("the statement ended the read-only transaction");
  }

  // ---- catalog: read by PostgresCatalog ------------------------------------------------------

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

  @Override
  List<EnumTypeInfo> enums(Session session) throws SQLException, StatementGuard.StoppedException {
    return catalog.enums(session);
  }

  // ---- values --------------------------------------------------------------------------------

  @Override
  ValueKind kindOf(ResultSetMetaData metadata, int column) throws SQLException {
    var name = metadata.getColumnTypeName(column);
    if (name == null) {
      return ValueKind.OTHER;
    }
    if (name.startsWith("_")) {
      return ValueKind.ARRAY;
    }
    var kind = PostgresCatalog.kind(name, "b", "");
    if (kind == ValueKind.OTHER && metadata.getColumnType(column) == Types.VARCHAR) {
      return ValueKind.TEXT;
    }
    return kind;
  }

  @Override
  Sql.Param param(ColumnInfo column, JsonValue value, boolean fromText)
      throws InvalidValueException {
    if (value == io.dbkeep.domain.json.JsonNull.INSTANCE) {
      return nullParam(column);
    }
    switch (column.kind()) {
      case JSON, ENUM, OTHER:
        {
          // An untyped literal: the server converts it to the column's type (or refuses it).
          var text =
              column.kind() == ValueKind.JSON
                  ? Values.jsonText(value, fromText)
                  : Values.text(value);
          return (statement, index) -> statement.setObject(index, text, Types.OTHER);
        }
      case UUID:
        {
          var uuid = Values.toUuid(value);
          return (statement, index) -> statement.setObject(index, uuid);
        }
      case ARRAY:
        {
          if (value instanceof JsonArray array && column.type().elementType().isDefined()) {
            var elements = new Object[array.elements().size()];
            for (int i = 0; i < elements.length; i++) {
              var element = array.elements().get(i);
              elements[i] =
                  element == io.dbkeep.domain.json.JsonNull.INSTANCE ? null : Values.text(element);
            }
            var elementType = column.type().elementType().get();
            return (statement, index) ->
                statement.setArray(
                    index, statement.getConnection().createArrayOf(elementType, elements));
          }
          if (value instanceof JsonString string) {
            var text = string.value();
            return (statement, index) -> statement.setObject(index, text, Types.OTHER);
          }
          throw new InvalidValueException("expects an array, not " + Values.describe(value));
        }
      case DECIMAL:
        if (value instanceof JsonString string && string.value().strip().equalsIgnoreCase("nan")) {
          return (statement, index) -> statement.setObject(index, "NaN", Types.OTHER);
        }
        return super.param(column, value, fromText);
      case DATE, TIMESTAMP, TIMESTAMP_TZ:
        if (value instanceof JsonString string
            && (string.value().strip().equalsIgnoreCase("infinity")
                || string.value().strip().equalsIgnoreCase("-infinity"))) {
          var text = string.value().strip();
          return (statement, index) -> statement.setObject(index, text, Types.OTHER);
        }
        return super.param(column, value, fromText);
      default:
        return super.param(column, value, fromText);
    }
  }

  @Override
  boolean singlePrecision(ColumnInfo column) {
    return column.type().base().equals("float4");
  }

  @Override
  Sql.Param nullParam(ColumnInfo column) {
    return (statement, index) -> statement.setNull(index, Types.OTHER);
  }

  // ---- SQL fragments -------------------------------------------------------------------------

  @Override
  String nullSafeEquals(String left, String right) {
    return left + " IS NOT DISTINCT FROM " + right;
  }

  @Override
  String asText(String expression) {
    return "CAST(" + expression + " AS text)";
  }

  @Override
  String likeIgnoringCase(String text) {
    return text + " ILIKE ? ESCAPE '\\'";
  }

  @Override
  String jsonComparable(String expression) {
    return "CAST(" + expression + " AS jsonb)";
  }

  @Override
  String orderTerm(String expression, boolean descending, boolean nullsFirst, boolean nullable) {
    var term = expression + (descending ? " DESC" : " ASC");
    if (nullable && nullsFirst != descending) {
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
    return SqlScript.Flavor.POSTGRESQL;
  }

  // ---- errors --------------------------------------------------------------------------------

  @Override
  StudioError translate(SQLException error, String statement, String script, int offset) {
    var state = error.getSQLState() == null ? "" : error.getSQLState();
    String constraint = null;
    String detail = null;
    Option<SqlPosition> position = Option.none();
    String message = firstLine(error.getMessage());
    if (error instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
      var server = psql.getServerErrorMessage();
      constraint = server.getConstraint();
      detail = server.getDetail();
      message = server.getMessage() == null ? message : server.getMessage();
      if (server.getPosition() > 0 && !statement.isEmpty()) {
        position = Option.of(SqlPosition.of(script, offset + server.getPosition() - 1));
      }
    }
    if (state.startsWith("23")) {
      var kind =
          switch (state) {
            case "23505" -> "unique";
            case "23503" -> "foreign";
            case "23502" -> "notnull";
            case "23514" -> "check";
            default -> "other";
          };
      return constraint(kind, constraint, detail == null ? message : message + ". " + detail);
    }
    if (state.equals("25006")) {
      return StudioError.of(StudioError.Code.READ_ONLY, "The Studio runs read-only: " + message);
    }
    if (state.startsWith("22") && statement.isEmpty()) {
      return StudioError.of(
          StudioError.Code.INVALID_VALUE, "A value does not fit its column: " + message);
    }
    return StudioError.sqlError(message, position);
  }
}
