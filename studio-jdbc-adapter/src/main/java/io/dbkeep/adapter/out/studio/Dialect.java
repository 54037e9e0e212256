package io.dbkeep.adapter.out.studio;

import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNull;
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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * What differs between engines: identifier quoting, the catalog, value conversions, SQL fragments
 * and the meaning of errors. One subclass per engine.
 */
abstract class Dialect {

  /** Text longer than this is cut in the grid (and reported as truncated). */
  static final int GRID_TEXT_CHARS = 1_000;

  /** JSON longer than this (as text) is shown as cut text in the grid. */
  static final int GRID_JSON_CHARS = 10_000;

  /** Byte values longer than this are cut in the grid. */
  static final int GRID_BYTES = 256;

  abstract Engine engine();

  /** The dialect of {@code engine}: the one place that picks an engine's home. */
  static Dialect of(Engine engine) {
    return switch (engine) {
      case POSTGRESQL -> new PostgresDialect();
      case MYSQL -> new MariaDbDialect();
      case SQLITE -> new SqliteDialect();
    };
  }

  /** The JDBC driver's class. */
  abstract String driverClass();

  /**
   * Driver properties that make the statement timeout hold inside the driver too (SQLite: how long
   * a statement waits for a lock); none by default.
   */
  java.util.Map<String, String> timeoutDriverProperties(java.time.Duration statementTimeout) {
    return java.util.Map.of();
  }

  /** What follows {@code INSERT INTO t} to insert a row of defaults only. */
  String defaultValuesClause() {
    return " DEFAULT VALUES";
  }

  /** Whether an INSERT can return the row it wrote ({@code RETURNING}). */
  boolean insertReturnsRows() {
    return true;
  }

  /** {@code identifier} quoted for SQL text (embedded quote characters doubled). */
  abstract String quote(String identifier);

  /** The table's qualified, quoted name. */
  String table(TableRef table) {
    return quote(table.schema()) + "." + quote(table.name());
  }

  // ---- transactions --------------------------------------------------------------------------

  /** Starts a transaction on {@code connection} (auto-commit off), read-only when asked. */
  abstract void begin(Connection connection, boolean readOnly) throws SQLException;

  // ---- catalog -------------------------------------------------------------------------------

  abstract String databaseName(Session session)
      throws SQLException, StatementGuard.StoppedException;

  abstract List<TableSummary> listTables(Session session)
      throws SQLException, StatementGuard.StoppedException;

  abstract boolean schemaExists(Session session, String schema)
      throws SQLException, StatementGuard.StoppedException;

  abstract Option<TableStructure> describe(Session session, TableRef table)
      throws SQLException, StatementGuard.StoppedException;

  /** Every table's structure, for introspection (views left out). */
  abstract List<TableStructure> describeAll(Session session)
      throws SQLException, StatementGuard.StoppedException;

  List<EnumTypeInfo> enums(Session session) throws SQLException, StatementGuard.StoppedException {
    return List.of();
  }

  /** The planner's row estimate of a table, or none when the engine keeps none usable. */
  abstract OptionalLong estimateRows(Session session, TableStructure table)
      throws SQLException, StatementGuard.StoppedException;

  // ---- values --------------------------------------------------------------------------------

  /** The kind of a console result column, from the driver's metadata. */
  abstract ValueKind kindOf(ResultSetMetaData metadata, int column) throws SQLException;

  /** Reads column {@code index} of the current row as a value of {@code kind}. */
  JsonValue read(ResultSet row, int index, ValueKind kind) throws SQLException {
    switch (kind) {
      case INTEGER:
        {
          var value = row.getObject(index);
          if (value == null) {
            return JsonNull.INSTANCE;
          }
          if (value instanceof Number number && !(value instanceof BigDecimal)) {
            return Values.integer(
                value instanceof BigInteger big ? big : BigInteger.valueOf(number.longValue()));
          }
          if (value instanceof BigDecimal decimal) {
            return Values.integer(decimal.toBigInteger());
          }
          return Values.ofObject(value);
        }
      case DECIMAL:
        {
          var text = row.getString(index);
          return text == null ? JsonNull.INSTANCE : new JsonString(text);
        }
      case FLOAT:
        {
          var value = row.getObject(index);
          if (value == null) {
            return JsonNull.INSTANCE;
          }
          if (value instanceof Float single) {
            // Float's own shortest decimal, not the double widening's noise.
            return Values.ofObject(new BigDecimal(Float.toString(single)).doubleValue());
          }
          return value instanceof Number number
              ? Values.floating(number.doubleValue())
              : Values.ofObject(value);
        }
      case BOOLEAN:
        {
          var value = row.getObject(index);
          if (value == null) {
            return JsonNull.INSTANCE;
          }
          if (value instanceof Boolean bool) {
            return JsonBoolean.of(bool);
          }
          if (value instanceof Number number) {
            return JsonBoolean.of(number.intValue() != 0);
          }
          return Values.ofObject(value);
        }
      case DATE:
        return temporal(row, index, LocalDate.class);
      case TIME:
        return temporal(row, index, LocalTime.class);
      case TIMESTAMP:
        return temporal(row, index, LocalDateTime.class);
      case TIMESTAMP_TZ:
        return temporal(row, index, OffsetDateTime.class);
      case JSON:
        return Values.json(row.getString(index));
      case BYTES:
        {
          var value = row.getBytes(index);
          return value == null ? JsonNull.INSTANCE : Values.bytes(value, Integer.MAX_VALUE);
        }
      case ARRAY:
        {
          var value = row.getArray(index);
          return value == null ? JsonNull.INSTANCE : Values.array(value);
        }
      default:
        {
          var text = row.getString(index);
          return text == null ? JsonNull.INSTANCE : new JsonString(text);
        }
    }
  }

  private static <T> JsonValue temporal(ResultSet row, int index, Class<T> type)
      throws SQLException {
    Object value;
    try {
      value = row.getObject(index, type);
    } catch (SQLException | RuntimeException e) {
      var text = row.getString(index);
      return text == null ? JsonNull.INSTANCE : new JsonString(text);
    }
    if (value == null) {
      return JsonNull.INSTANCE;
    }
    if (value == LocalDate.MAX
        || value == LocalDateTime.MAX
        || value == OffsetDateTime.MAX
        || LocalDate.MAX.equals(value)
        || LocalDateTime.MAX.equals(value)) {
      return new JsonString("infinity");
    }
    if (LocalDate.MIN.equals(value)
        || LocalDateTime.MIN.equals(value)
        || OffsetDateTime.MIN.equals(value)) {
      return new JsonString("-infinity");
    }
    return Values.ofObject(value);
  }

  /**
   * A parameter binding {@code value} for {@code column}.
   *
   * @param fromText whether the value came as text (a URL filter), so that a JSON column's string
   *     may hold JSON text
   */
  Sql.Param param(ColumnInfo column, JsonValue value, boolean fromText)
      throws InvalidValueException {
    if (value == JsonNull.INSTANCE) {
      return nullParam(column);
    }
    switch (column.kind()) {
      case INTEGER:
        {
          var range = integerRange(column);
          var integer = Values.toInteger(value, range[0], range[1]);
          if (integer.bitLength() < 64) {
            var exact = integer.longValue();
            return (statement, index) -> statement.setLong(index, exact);
          }
          var decimal = new BigDecimal(integer);
          return (statement, index) -> statement.setBigDecimal(index, decimal);
        }
      case DECIMAL:
        {
          var decimal = Values.toDecimal(value, column.type().precision(), column.type().scale());
          return (statement, index) -> statement.setBigDecimal(index, decimal);
        }
      case FLOAT:
        {
          var number = Values.toDouble(value);
          if (singlePrecision(column)) {
            var single = (float) number;
            return (statement, index) -> statement.setFloat(index, single);
          }
          return (statement, index) -> statement.setDouble(index, number);
        }
      case BOOLEAN:
        {
          var bool = Values.toBoolean(value);
          return (statement, index) -> statement.setBoolean(index, bool);
        }
      case DATE:
        {
          var date = Values.toDate(value);
          return (statement, index) -> statement.setObject(index, date);
        }
      case TIME:
        {
          var time = Values.toTime(value);
          return (statement, index) -> statement.setObject(index, time);
        }
      case TIMESTAMP:
        {
          var timestamp = Values.toTimestamp(value);
          return (statement, index) -> statement.setObject(index, timestamp);
        }
      case TIMESTAMP_TZ:
        {
          var timestamp = Values.toInstant(value);
          return (statement, index) -> statement.setObject(index, timestamp);
        }
      case BYTES:
        {
          var bytes = Values.toBytes(value);
          return (statement, index) -> statement.setBytes(index, bytes);
        }
      case JSON:
        {
          var text = Values.jsonText(value, fromText);
          return (statement, index) -> statement.setString(index, text);
        }
      case UUID:
        {
          var uuid = Values.toUuid(value).toString();
          return (statement, index) -> statement.setString(index, uuid);
        }
      default:
        {
          var text = Values.text(value);
          return (statement, index) -> statement.setString(index, text);
        }
    }
  }

  /**
   * The smallest and largest value of an integer column, from its type's name (8 to 64 bits, signed
   * or unsigned); any engine's widest when the name says nothing.
   */
  java.math.BigInteger[] integerRange(ColumnInfo column) {
    var base = column.type().base().toLowerCase(Locale.ROOT);
    var unsigned = column.type().display().toLowerCase(Locale.ROOT).contains("unsigned");
    int bits =
        switch (base) {
          case "tinyint", "int1" -> 8;
          case "smallint", "int2", "smallserial", "serial2" -> 16;
          case "mediumint", "int3" -> 24;
          case "integer", "int", "int4", "serial", "serial4" -> 32;
          case "bigint", "int8", "bigserial", "serial8" -> 64;
          default -> 0;
        };
    if (bits == 0) {
      return new BigInteger[] {Values.MIN_INTEGER, Values.MAX_INTEGER};
    }
    if (unsigned) {
      return new BigInteger[] {
        BigInteger.ZERO, BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
      };
    }
    var half = BigInteger.ONE.shiftLeft(bits - 1);
    return new BigInteger[] {half.negate(), half.subtract(BigInteger.ONE)};
  }

  /** Whether the column stores 4-byte floats (compared as such, not as doubles). */
  boolean singlePrecision(ColumnInfo column) {
    return false;
  }

  Sql.Param nullParam(ColumnInfo column) {
    return (statement, index) -> statement.setNull(index, Types.NULL);
  }

  /**
   * A placeholder expression for a parameter of {@code column} (a cast where the engine needs one).
   */
  String placeholder(ColumnInfo column) {
    return "?";
  }

  // ---- SQL fragments -------------------------------------------------------------------------

  /** {@code left} equals {@code right}, NULL matching NULL. */
  abstract String nullSafeEquals(String left, String right);

  /** {@code expression} as text, for pattern matching. */
  abstract String asText(String expression);

  /** A case-insensitive LIKE of {@code text} against the pattern parameter (escape {@code \}). */
  abstract String likeIgnoringCase(String text);

  /** A comparable form of a JSON column or parameter (for equality). */
  String jsonComparable(String expression) {
    return expression;
  }

  /** One ORDER BY term; {@code nullsFirst} is honoured only where the column may hold NULL. */
  abstract String orderTerm(
      String expression, boolean descending, boolean nullsFirst, boolean nullable);

  /** Whether {@code (a, b) > (?, ?)} is supported and uses indexes. */
  abstract boolean rowValueComparison();

  /** Appends the clause that limits a query to {@code limit} rows after skipping {@code offset}. */
  Sql limitOffset(Sql sql, long limit, long offset) {
    return sql.append(" LIMIT ")
        .param((statement, index) -> statement.setLong(index, limit))
        .append(" OFFSET ")
        .param((statement, index) -> statement.setLong(index, offset));
  }

  // ---- the SQL console -----------------------------------------------------------------------

  /** How this engine's SQL text is split into statements. */
  abstract SqlScript.Flavor scriptFlavor();

  // ---- read-only enforcement -----------------------------------------------------------------
  //
  // A read-only Studio does not trust its own splitting of the SQL text: each statement is sent
  // alone with the driver's multi-statement support off, inside a read-only transaction on a
  // session whose default is read-only, and the session is checked after every statement.

  /**
   * Driver settings a read-only or not Studio always uses, whatever the database URL says (the
   * URL's own values for these keys are removed). Keys are compared ignoring case.
   */
  abstract java.util.Map<String, String> forcedDriverProperties(boolean readOnly);

  /**
   * A statement run on every new connection of a read-only Studio (the session's default), or null.
   */
  abstract String readOnlySessionSql();

  /**
   * Run once before the console's first statement in a read-only transaction: pins the transaction
   * (PostgreSQL: takes the snapshot, after which it cannot become read-write) and answers why it is
   * not read-only, or none.
   */
  Option<String> pinReadOnly(Session session) throws SQLException, StatementGuard.StoppedException {
    return Option.none();
  }

  /**
   * Why the driver would not send {@code statement} as exactly one statement (so a read-only
   * console refuses it), or none.
   */
  Option<String> notOneStatement(Connection connection, String statement) throws SQLException {
    return Option.none();
  }

  /**
   * Why a read-only console refuses {@code statement} although it is a query, or none: calls whose
   * effects a read-only transaction does not stop (files, other sessions, settings).
   */
  Option<String> readOnlyTextRefusal(String statement) {
    return Option.none();
  }

  /**
   * Why the console refuses {@code statement} in any mode, or none: SQL that would write files of
   * the Studio's own machine outside the database (SQLite runs in this process).
   */
  Option<String> fileRefusal(String statement) {
    return Option.none();
  }

  /** Prepares a console statement before it runs (PostgreSQL: no JDBC escape rewriting). */
  void prepareConsoleStatement(java.sql.Statement statement) throws SQLException {}

  /**
   * After a statement of the read-only console: why the read-only transaction is gone (the
   * statement ended it), or none.
   */
  Option<String> readOnlyLost(Connection connection) throws SQLException {
    return Option.none();
  }

  // ---- errors --------------------------------------------------------------------------------

  /**
   * The Studio error for a database error while running {@code statement} (which starts at {@code
   * offset} of {@code script}, the text the person typed; for generated SQL both are the
   * statement).
   */
  abstract StudioError translate(SQLException error, String statement, String script, int offset);

  /**
   * Whether the error means the database cannot be reached (as opposed to refusing a statement).
   */
  boolean unreachable(SQLException error) {
    var state = error.getSQLState();
    return (state != null && state.startsWith("08"))
        || (state == null && error instanceof java.sql.SQLTransientConnectionException);
  }

  /** A database message's first line, without the driver's decorations. */
  static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "The database refused the statement";
    }
    return message.strip().lines().findFirst().orElse(message).strip();
  }

  /** The position of the text after {@code near '…'} within the statement, when found. */
  static Option<SqlPosition> nearPosition(
      String message, String statement, String script, int offset) {
    if (message == null) {
      return Option.none();
    }
    for (var marker : List.of("near '", "near \"")) {
      var at = message.indexOf(marker);
      if (at < 0) {
        continue;
      }
      var quote = marker.charAt(marker.length() - 1);
      var start = at + marker.length();
      var end = message.indexOf(quote + (quote == '\'' ? " at line" : ":"), start);
      if (end < 0) {
        end = message.lastIndexOf(quote);
      }
      if (end <= start) {
        continue;
      }
      var near = message.substring(start, end);
      var probe = near.length() > 30 ? near.substring(0, 30) : near;
      var found = statement.indexOf(probe);
      if (found < 0) {
        found = statement.toLowerCase(Locale.ROOT).indexOf(probe.toLowerCase(Locale.ROOT));
      }
      if (found >= 0) {
        return Option.of(SqlPosition.of(script, offset + found));
      }
    }
    return Option.none();
  }

  /** A constraint error in plain words. */
  static StudioError constraint(String kind, String constraintName, String detail) {
    var name =
        constraintName == null || constraintName.isBlank() ? "" : " \"" + constraintName + "\"";
    var message =
        switch (kind) {
          case "unique" ->
              "Another row already has this value: unique constraint"
                  + name
                  + " refused the change";
          case "foreign" -> "The change breaks foreign key" + name;
          case "notnull" -> "A required column got no value" + name;
          case "check" -> "Check constraint" + name + " refused the values";
          case "primary" -> "Another row already has this primary key" + name;
          default -> "Constraint" + name + " refused the change";
        };
    var details =
        detail == null || detail.isBlank()
            ? List.<io.dbkeep.domain.problem.Problem>of()
            : List.of(
                io.dbkeep.domain.problem.Problem.error(
                    "constraint", kind.toUpperCase(Locale.ROOT) + "_VIOLATION", detail));
    return StudioError.of(StudioError.Code.CONSTRAINT_VIOLATION, message, details);
  }
}
