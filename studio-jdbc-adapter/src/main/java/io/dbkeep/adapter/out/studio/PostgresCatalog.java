package io.dbkeep.adapter.out.studio;

import io.dbkeep.domain.studio.CheckInfo;
import io.dbkeep.domain.studio.ColumnInfo;
import io.dbkeep.domain.studio.ColumnType;
import io.dbkeep.domain.studio.EnumTypeInfo;
import io.dbkeep.domain.studio.ForeignKeyInfo;
import io.dbkeep.domain.studio.IndexInfo;
import io.dbkeep.domain.studio.ReferentialAction;
import io.dbkeep.domain.studio.TableKind;
import io.dbkeep.domain.studio.TableRef;
import io.dbkeep.domain.studio.TableStructure;
import io.dbkeep.domain.studio.TableSummary;
import io.dbkeep.domain.studio.UniqueConstraintInfo;
import io.dbkeep.domain.studio.ValueKind;
import io.vavr.control.Option;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.OptionalLong;

/**
 * PostgreSQL's catalog as the Studio reads it from {@code pg_catalog}: tables with exact or
 * estimated counts, a table's columns, keys, indexes, constraints and comment, enum types. {@link
 * PostgresDialect} delegates its catalog methods here.
 */
final class PostgresCatalog {

  /** Tables whose heap is at most this large are counted exactly in the table list. */
  static final long SMALL_TABLE_BYTES = 8L * 1024 * 1024;

  /** At most this many tables are counted exactly per table list (the rest are estimated). */
  static final int MAX_EXACT_COUNTS = 500;

  private static final String USER_SCHEMAS =
      " n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'"
          + " AND n.nspname NOT LIKE 'pg\\_temp\\_%'";

  private final Dialect dialect;

  PostgresCatalog(Dialect dialect) {
    this.dialect = dialect;
  }

  String databaseName(Session session) throws SQLException, StatementGuard.StoppedException {
    return session.query(new Sql("SELECT current_database()"), row -> row.getString(1)).get(0);
  }

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
    var exact = ExactCounts.of(session, dialect, toCount);
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
        String onDelete,
        String condition,
        boolean validated) {}
    var constraints =
        session.query(
            new Sql(
                    "SELECT con.conname, con.contype,"
                        + " ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, i)"
                        + "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i),"
                        + " fn.nspname, fc.relname,"
                        + " ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, i)"
                        + "   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i),"
                        + " con.confupdtype, con.confdeltype,"
                        // the condition alone (pg_get_constraintdef wraps it in CHECK (…) and
                        // appends NOT VALID, which convalidated says without parsing)
                        + " CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid)"
                        + " END, con.convalidated"
                        + " FROM pg_constraint con"
                        + " LEFT JOIN pg_class fc ON fc.oid = con.confrelid"
                        + " LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace"
                        + " WHERE con.conrelid = ")
                .param(oid(oid))
                // 'c': the table's CHECK constraints; a domain's checks have no conrelid
                .append(" AND con.contype IN ('p', 'u', 'f', 'c') ORDER BY con.conname"),
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
                    row.getString(8),
                    row.getString(9),
                    row.getBoolean(10)));
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
    var checks = new ArrayList<CheckInfo>();
    for (var constraint : constraints) {
      switch (constraint.type) {
        case "p" -> primaryKey.addAll(constraint.columns);
        case "c" ->
            checks.add(
                new CheckInfo(
                    Option.of(constraint.name), constraint.condition, constraint.validated));
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
        table,
        kind,
        columns,
        primaryKey,
        indexes,
        uniques,
        foreignKeys,
        Option.of(comment),
        checks);
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
}
