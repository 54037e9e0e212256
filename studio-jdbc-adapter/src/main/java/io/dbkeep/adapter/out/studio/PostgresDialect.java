package io.dbkeep.adapter.out.studio;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.studio.ColumnInfo;
import io.dbkeep.domain.studio.ColumnType;
import io.dbkeep.domain.studio.EnumTypeInfo;
import io.dbkeep.domain.studio.ForeignKeyInfo;
import io.dbkeep.domain.studio.IndexInfo;
import io.dbkeep.domain.studio.ReferentialAction;
import io.dbkeep.domain.studio.SqlPosition;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableKind;
import io.dbkeep.domain.studio.TableRef;
import io.dbkeep.domain.studio.TableStructure;
import io.dbkeep.domain.studio.TableSummary;
import io.dbkeep.domain.studio.UniqueConstraintInfo;
import io.dbkeep.domain.studio.ValueKind;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.Parser;
import org.postgresql.core.TransactionState;
import org.postgresql.util.PSQLException;

/** PostgreSQL: the catalog from {@code pg_catalog}, {@code "identifiers"}, typed parameters. */
final class PostgresDialect extends Dialect {

  /** Tables whose heap is at most this large are counted exactly in the table list. */
  static final long SMALL_TABLE_BYTES = 8L * 1024 * 1024;

  /** At most this many tables are counted exactly per table list (the rest are estimated). */
  static final int MAX_EXACT_COUNTS = 500;

  private static final String USER_SCHEMAS =
      " n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'"
          + " AND n.nspname NOT LIKE 'pg\\_temp\\_%'";

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

  // ---- catalog -------------------------------------------------------------------------------

  @Override
  String databaseName(Session session) throws SQLException, StatementGuard.StoppedException {
    return session.query(new Sql("SELECT current_database()"), row -> row.getString(1)).get(0);
  }

  @Override
  List<TableSummary> listTables(Session session)
      throws SQLException, StatementGuard.StoppedException {
    record Entry(TableRef table, String relkind, long estimate, long bytes) {}
    var entries =
        session.query(
            new Sql(
                "SELECT n.nspname, c.relname, c.relkind, c.reltuples::bigint,"
                    + " CASE WHEN c.relkind IN ('r', 'm') THEN pg_relation_size(c.oid) ELSE 0 END"
                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition AND"
                    + USER_SCHEMAS
                    + " ORDER BY n.nspname, c.relname"),
            row ->
                new Entry(
                    new TableRef(row.getString(1), row.getString(2)),
                    row.getString(3),
                    row.getLong(4),
                    row.getLong(5)));
    var toCount = new ArrayList<TableRef>();
    for (var entry : entries) {
      if (entry.relkind.equals("r")
          && entry.bytes <= SMALL_TABLE_BYTES
          && entry.bytes > 0
          && toCount.size() < MAX_EXACT_COUNTS) {
        toCount.add(entry.table);
      }
    }
    var exact = ExactCounts.of(session, this, toCount);
    var summaries = new ArrayList<TableSummary>(entries.size());
    for (var entry : entries) {
      var kind = entry.relkind.equals("v") ? TableKind.VIEW : TableKind.TABLE;
      if (entry.relkind.equals("v")) {
        summaries.add(TableSummary.uncounted(entry.table, kind));
      } else if (entry.relkind.equals("r") && entry.bytes == 0) {
        summaries.add(TableSummary.exact(entry.table, kind, 0));
      } else if (exact.containsKey(entry.table)) {
        summaries.add(TableSummary.exact(entry.table, kind, exact.get(entry.table)));
      } else if (entry.estimate >= 0) {
        summaries.add(TableSummary.estimated(entry.table, kind, entry.estimate));
      } else {
        // Never analysed: guess from the size (about 100 bytes a row); marked as an estimate.
        summaries.add(TableSummary.estimated(entry.table, kind, entry.bytes / 100));
      }
    }
    return summaries;
  }

  @Override
  boolean schemaExists(Session session, String schema)
      throws SQLException, StatementGuard.StoppedException {
    if (schema.indexOf('\0') >= 0) {
      return false;
    }
    return !session
        .query(
            new Sql("SELECT 1 FROM pg_namespace n WHERE n.nspname = ")
                .param(text(schema))
                .append(" AND" + USER_SCHEMAS),
            row -> 1)
        .isEmpty();
  }

  @Override
  OptionalLong estimateRows(Session session, TableStructure table)
      throws SQLException, StatementGuard.StoppedException {
    var estimate =
        session.queryLong(
            new Sql(
                    "SELECT c.reltuples::bigint FROM pg_class c JOIN pg_namespace n ON n.oid ="
                        + " c.relnamespace WHERE n.nspname = ")
                .param(text(table.table().schema()))
                .append(" AND c.relname = ")
                .param(text(table.table().name())),
            -1);
    return estimate < 0 ? OptionalLong.empty() : OptionalLong.of(estimate);
  }

  @Override
  Option<TableStructure> describe(Session session, TableRef table)
      throws SQLException, StatementGuard.StoppedException {
    if (table.schema().indexOf('\0') >= 0 || table.name().indexOf('\0') >= 0) {
      return Option.none();
    }
    record Relation(long oid, String relkind, String comment) {}
    var found =
        session.query(
            new Sql(
                    "SELECT c.oid, c.relkind, obj_description(c.oid, 'pg_class') FROM pg_class c"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND"
                        + USER_SCHEMAS
                        + " AND n.nspname = ")
                .param(text(table.schema()))
                .append(" AND c.relname = ")
                .param(text(table.name())),
            row -> new Relation(row.getLong(1), row.getString(2), row.getString(3)));
    if (found.isEmpty()) {
      return Option.none();
    }
    var relation = found.get(0);
    return Option.of(
        structure(
            session,
            table,
            relation.oid,
            relation.relkind.equals("v") ? TableKind.VIEW : TableKind.TABLE,
            relation.comment));
  }

  @Override
  List<TableStructure> describeAll(Session session)
      throws SQLException, StatementGuard.StoppedException {
    record Relation(TableRef table, long oid, String comment) {}
    var relations =
        session.query(
            new Sql(
                "SELECT n.nspname, c.relname, c.oid, obj_description(c.oid, 'pg_class')"
                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND"
                    + USER_SCHEMAS
                    + " ORDER BY n.nspname, c.relname"),
            row ->
                new Relation(
                    new TableRef(row.getString(1), row.getString(2)),
                    row.getLong(3),
                    row.getString(4)));
    var structures = new ArrayList<TableStructure>();
    for (var relation : relations) {
      structures.add(
          structure(session, relation.table, relation.oid, TableKind.TABLE, relation.comment));
    }
    return structures;
  }

  @Override
  List<EnumTypeInfo> enums(Session session) throws SQLException, StatementGuard.StoppedException {
    record Label(String schema, String type, String label) {}
    var labels =
        session.query(
            new Sql(
                "SELECT n.nspname, t.typname, e.enumlabel FROM pg_type t"
                    + " JOIN pg_namespace n ON n.oid = t.typnamespace"
                    + " JOIN pg_enum e ON e.enumtypid = t.oid WHERE"
                    + USER_SCHEMAS
                    + " ORDER BY n.nspname, t.typname, e.enumsortorder"),
            row -> new Label(row.getString(1), row.getString(2), row.getString(3)));
    var grouped = new LinkedHashMap<List<String>, List<String>>();
    for (var label : labels) {
      grouped
          .computeIfAbsent(List.of(label.schema, label.type), k -> new ArrayList<>())
          .add(label.label);
    }
    var enums = new ArrayList<EnumTypeInfo>();
    grouped.forEach((key, values) -> enums.add(new EnumTypeInfo(key.get(0), key.get(1), values)));
    return enums;
  }

  private TableStructure structure(
      Session session, TableRef table, long oid, TableKind kind, String comment)
      throws SQLException, StatementGuard.StoppedException {
    record Raw(
        String name,
        String display,
        String base,
        String typtype,
        String category,
        boolean notNull,
        String defaultValue,
        boolean generated,
        boolean autoIncrement,
        String comment,
        int typmod,
        String element,
        long typeOid) {}
    var raws =
        session.query(
            new Sql(
                    "SELECT a.attname, format_type(a.atttypid, a.atttypmod),"
                        + " COALESCE(bt.typname, t.typname), COALESCE(bt.typtype, t.typtype),"
                        + " COALESCE(bt.typcategory, t.typcategory), a.attnotnull,"
                        + " pg_get_expr(d.adbin, d.adrelid),"
                        + " (a.attidentity <> '' OR a.attgenerated <> ''"
                        + "   OR COALESCE(pg_get_expr(d.adbin, d.adrelid), '') LIKE 'nextval(%'),"
                        + " (a.attidentity <> ''"
                        + "   OR COALESCE(pg_get_expr(d.adbin, d.adrelid), '') LIKE 'nextval(%'),"
                        + " col_description(a.attrelid, a.attnum),"
                        + " CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END,"
                        + " et.typname, COALESCE(bt.oid, t.oid)"
                        + " FROM pg_attribute a"
                        + " JOIN pg_type t ON t.oid = a.atttypid"
                        + " LEFT JOIN pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype"
                        + " LEFT JOIN pg_type et ON et.oid = COALESCE(bt.typelem, t.typelem)"
                        + "   AND COALESCE(bt.typcategory, t.typcategory) = 'A'"
                        + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                        + " WHERE a.attrelid = ")
                .param(oid(oid))
                .append(" AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"),
            row ->
                new Raw(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getString(5),
                    row.getBoolean(6),
                    row.getString(7),
                    row.getBoolean(8),
                    row.getBoolean(9),
                    row.getString(10),
                    row.getInt(11),
                    row.getString(12),
                    row.getLong(13)));
    record Constraint(
        String name,
        String type,
        List<String> columns,
        TableRef referenced,
        List<String> refColumns,
        String onUpdate,
        String onDelete) {}
    var constraints =
        session.query(
            new Sql(
                    "SELECT con.conname, con.contype,"
                        + " ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, i)"
                        + "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i),"
                        + " fn.nspname, fc.relname,"
                        + " ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, i)"
                        + "   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i),"
                        + " con.confupdtype, con.confdeltype"
                        + " FROM pg_constraint con"
                        + " LEFT JOIN pg_class fc ON fc.oid = con.confrelid"
                        + " LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace"
                        + " WHERE con.conrelid = ")
                .param(oid(oid))
                .append(" AND con.contype IN ('p', 'u', 'f') ORDER BY con.conname"),
            row ->
                new Constraint(
                    row.getString(1),
                    row.getString(2),
                    stringArray(row.getArray(3)),
                    row.getString(5) == null
                        ? null
                        : new TableRef(row.getString(4), row.getString(5)),
                    stringArray(row.getArray(6)),
                    row.getString(7),
                    row.getString(8)));
    var indexes =
        session.query(
            new Sql(
                    "SELECT ic.relname, i.indisunique, i.indisprimary,"
                        + " ARRAY(SELECT CASE WHEN i.indkey[k] = 0"
                        + "   THEN pg_get_indexdef(i.indexrelid, k + 1, true)"
                        + "   ELSE (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = i.indrelid"
                        + "     AND a.attnum = i.indkey[k]) END"
                        + "   FROM generate_series(0, i.indnkeyatts - 1) k ORDER BY k)"
                        + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid"
                        + " WHERE i.indrelid = ")
                .param(oid(oid))
                .append(" ORDER BY ic.relname"),
            row ->
                new IndexInfo(
                    row.getString(1),
                    stringArray(row.getArray(4)),
                    row.getBoolean(2),
                    row.getBoolean(3)));

    var primaryKey = new ArrayList<String>();
    var uniques = new ArrayList<UniqueConstraintInfo>();
    var foreignKeys = new ArrayList<ForeignKeyInfo>();
    for (var constraint : constraints) {
      switch (constraint.type) {
        case "p" -> primaryKey.addAll(constraint.columns);
        case "u" -> uniques.add(new UniqueConstraintInfo(constraint.name, constraint.columns));
        default ->
            foreignKeys.add(
                new ForeignKeyInfo(
                    constraint.name,
                    constraint.columns,
                    constraint.referenced,
                    constraint.refColumns,
                    action(constraint.onDelete),
                    action(constraint.onUpdate)));
      }
    }
    var enumLabels = new LinkedHashMap<Long, List<String>>();
    for (var raw : raws) {
      if (raw.typtype.equals("e") && !enumLabels.containsKey(raw.typeOid)) {
        enumLabels.put(
            raw.typeOid,
            session.query(
                new Sql("SELECT enumlabel FROM pg_enum WHERE enumtypid = ")
                    .param(oid(raw.typeOid))
                    .append(" ORDER BY enumsortorder"),
                row -> row.getString(1)));
      }
    }
    var columns = new ArrayList<ColumnInfo>();
    for (var raw : raws) {
      var type =
          new ColumnType(
              raw.display,
              raw.base,
              kind(raw.base, raw.typtype, raw.category),
              length(raw.base, raw.typmod),
              raw.base.equals("numeric") && raw.typmod >= 4
                  ? Option.of(((raw.typmod - 4) >> 16) & 0xffff)
                  : Option.none(),
              raw.base.equals("numeric") && raw.typmod >= 4
                  ? Option.of((raw.typmod - 4) & 0xffff)
                  : Option.none(),
              enumLabels.getOrDefault(raw.typeOid, List.of()),
              Option.of(raw.element));
      columns.add(
          new ColumnInfo(
              raw.name,
              type,
              !raw.notNull,
              Option.of(raw.defaultValue),
              primaryKey.contains(raw.name),
              raw.generated,
              raw.autoIncrement,
              Option.of(raw.comment)));
    }
    return new TableStructure(
        table, kind, columns, primaryKey, indexes, uniques, foreignKeys, Option.of(comment));
  }

  private static Option<Integer> length(String base, int typmod) {
    return switch (base) {
      case "varchar", "bpchar" -> typmod >= 4 ? Option.of(typmod - 4) : Option.none();
      case "bit", "varbit" -> typmod > 0 ? Option.of(typmod) : Option.none();
      default -> Option.none();
    };
  }

  static ValueKind kind(String base, String typtype, String category) {
    if ("e".equals(typtype)) {
      return ValueKind.ENUM;
    }
    if ("A".equals(category)) {
      return ValueKind.ARRAY;
    }
    return switch (base) {
      case "int2", "int4", "int8", "oid" -> ValueKind.INTEGER;
      case "numeric" -> ValueKind.DECIMAL;
      case "float4", "float8" -> ValueKind.FLOAT;
      case "bool" -> ValueKind.BOOLEAN;
      case "text", "varchar", "bpchar", "name", "char", "citext" -> ValueKind.TEXT;
      case "date" -> ValueKind.DATE;
      case "time" -> ValueKind.TIME;
      case "timestamp" -> ValueKind.TIMESTAMP;
      case "timestamptz" -> ValueKind.TIMESTAMP_TZ;
      case "json", "jsonb" -> ValueKind.JSON;
      case "bytea" -> ValueKind.BYTES;
      case "uuid" -> ValueKind.UUID;
      default -> ValueKind.OTHER;
    };
  }

  private static ReferentialAction action(String code) {
    if (code == null) {
      return ReferentialAction.NO_ACTION;
    }
    return switch (code) {
      case "r" -> ReferentialAction.RESTRICT;
      case "c" -> ReferentialAction.CASCADE;
      case "n" -> ReferentialAction.SET_NULL;
      case "d" -> ReferentialAction.SET_DEFAULT;
      default -> ReferentialAction.NO_ACTION;
    };
  }

  private static List<String> stringArray(java.sql.Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    try {
      return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    } finally {
      array.free();
    }
  }

  private static Sql.Param text(String value) {
    return (statement, index) -> statement.setString(index, value);
  }

  private static Sql.Param oid(long oid) {
    return (statement, index) -> statement.setObject(index, oid, Types.OTHER);
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
    var kind = kind(name, "b", "");
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
