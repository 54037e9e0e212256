package io.dbkeep.adapter.out.studio;

import io.dbkeep.domain.studio.CheckInfo;
import io.dbkeep.domain.studio.ColumnInfo;
import io.dbkeep.domain.studio.ColumnType;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * MySQL's and MariaDB's catalog as the Studio reads it from {@code information_schema}: tables with
 * exact or estimated counts, a table's columns, keys, indexes, constraints and comment. {@link
 * MariaDbDialect} delegates its catalog methods here.
 */
final class MariaDbCatalog {

  /** Tables estimated at fewer rows than this are counted exactly in the table list. */
  static final long SMALL_TABLE_ROWS = 20_000;

  static final int MAX_EXACT_COUNTS = 500;

  private static final String SYSTEM_SCHEMAS =
      "('mysql', 'information_schema', 'performance_schema', 'sys')";

  private final Dialect dialect;

  MariaDbCatalog(Dialect dialect) {
    this.dialect = dialect;
  }

  /** The schemas shown: the connection's database, or every user schema when it has none. */
  private static String schemaCondition(String column) {
    return " ("
        + column
        + " = DATABASE() OR (DATABASE() IS NULL AND "
        + column
        + " NOT IN "
        + SYSTEM_SCHEMAS
        + "))";
  }

  String databaseName(Session session) throws SQLException, StatementGuard.StoppedException {
    var name = session.query(new Sql("SELECT DATABASE()"), row -> row.getString(1)).get(0);
    return name == null ? "(server)" : name;
  }

  List<TableSummary> listTables(Session session)
      throws SQLException, StatementGuard.StoppedException {
    record Entry(TableRef table, boolean view, long estimate) {}
    // Only name columns are asked for, which MariaDB answers without opening each table.
    var entries =
        session.query(
            new Sql(
                "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE"
                    + schemaCondition("TABLE_SCHEMA")
                    + " AND TABLE_TYPE IN ('BASE TABLE', 'VIEW', 'SYSTEM VERSIONED')"
                    + " ORDER BY TABLE_SCHEMA, TABLE_NAME"),
            row ->
                new Entry(
                    new TableRef(row.getString(1), row.getString(2)),
                    row.getString(3).equals("VIEW"),
                    -1));
    var estimates = innodbEstimates(session);
    var toCount = new ArrayList<TableRef>();
    for (var entry : entries) {
      var estimate = estimates.getOrDefault(entry.table, -1L);
      if (!entry.view && estimate < SMALL_TABLE_ROWS && toCount.size() < MAX_EXACT_COUNTS) {
        toCount.add(entry.table);
      }
    }
    var exact = ExactCounts.of(session, dialect, toCount);
    var summaries = new ArrayList<TableSummary>();
    for (var entry : entries) {
      if (entry.view) {
        summaries.add(TableSummary.uncounted(entry.table, TableKind.VIEW));
      } else if (exact.containsKey(entry.table)) {
        summaries.add(TableSummary.exact(entry.table, TableKind.TABLE, exact.get(entry.table)));
      } else if (estimates.containsKey(entry.table)) {
        summaries.add(
            TableSummary.estimated(entry.table, TableKind.TABLE, estimates.get(entry.table)));
      } else {
        summaries.add(TableSummary.uncounted(entry.table, TableKind.TABLE));
      }
    }
    return summaries;
  }

  /** InnoDB's persistent row estimates (cheap); empty when we may not read them. */
  private java.util.Map<TableRef, Long> innodbEstimates(Session session)
      throws SQLException, StatementGuard.StoppedException {
    var estimates = new LinkedHashMap<TableRef, Long>();
    var savepoint = session.connection.setSavepoint();
    try {
      for (var row :
          session.query(
              new Sql(
                  "SELECT database_name, table_name, n_rows FROM mysql.innodb_table_stats WHERE"
                      + schemaCondition("database_name")),
              row -> new Object[] {row.getString(1), row.getString(2), row.getLong(3)})) {
        estimates.put(new TableRef((String) row[0], (String) row[1]), (Long) row[2]);
      }
      session.connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      session.connection.rollback(savepoint);
      for (var row :
          session.query(
              new Sql(
                  "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_ROWS FROM information_schema.TABLES WHERE"
                      + schemaCondition("TABLE_SCHEMA")
                      + " AND TABLE_TYPE <> 'VIEW'"),
              row -> new Object[] {row.getString(1), row.getString(2), row.getLong(3)})) {
        estimates.put(new TableRef((String) row[0], (String) row[1]), (Long) row[2]);
      }
    }
    return estimates;
  }

  boolean schemaExists(Session session, String schema)
      throws SQLException, StatementGuard.StoppedException {
    if (impossibleName(schema)) {
      return false;
    }
    return !session
        .query(
            new Sql("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ")
                .param(text(schema))
                .append(" AND" + schemaCondition("SCHEMA_NAME")),
            row -> 1)
        .isEmpty();
  }

  OptionalLong estimateRows(Session session, TableStructure table)
      throws SQLException, StatementGuard.StoppedException {
    var estimate =
        session.queryLong(
            new Sql("SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = ")
                .param(text(table.table().schema()))
                .append(" AND TABLE_NAME = ")
                .param(text(table.table().name())),
            -1);
    return estimate < 0 ? OptionalLong.empty() : OptionalLong.of(estimate);
  }

  /** MariaDB and MySQL identifiers hold no characters beyond the Basic Multilingual Plane. */
  private static boolean impossibleName(String name) {
    return name.codePoints().anyMatch(c -> c > 0xFFFF || c == 0);
  }

  Option<TableStructure> describe(Session session, TableRef table)
      throws SQLException, StatementGuard.StoppedException {
    if (impossibleName(table.schema()) || impossibleName(table.name())) {
      return Option.none();
    }
    var found =
        session.query(
            new Sql(
                    "SELECT TABLE_TYPE, TABLE_COMMENT FROM information_schema.TABLES"
                        + " WHERE TABLE_SCHEMA = ")
                .param(text(table.schema()))
                .append(" AND TABLE_NAME = ")
                .param(text(table.name()))
                .append(" AND" + schemaCondition("TABLE_SCHEMA")),
            row -> new String[] {row.getString(1), row.getString(2)});
    if (found.isEmpty()) {
      return Option.none();
    }
    var view = found.get(0)[0].equals("VIEW");
    var comment = found.get(0)[1];
    return Option.of(structure(session, table, view ? TableKind.VIEW : TableKind.TABLE, comment));
  }

  List<TableStructure> describeAll(Session session)
      throws SQLException, StatementGuard.StoppedException {
    var tables =
        session.query(
            new Sql(
                "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES WHERE"
                    + schemaCondition("TABLE_SCHEMA")
                    + " AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')"
                    + " ORDER BY TABLE_SCHEMA, TABLE_NAME"),
            row -> new String[] {row.getString(1), row.getString(2), row.getString(3)});
    var structures = new ArrayList<TableStructure>();
    for (var table : tables) {
      structures.add(
          structure(session, new TableRef(table[0], table[1]), TableKind.TABLE, table[2]));
    }
    return structures;
  }

  private TableStructure structure(Session session, TableRef table, TableKind kind, String comment)
      throws SQLException, StatementGuard.StoppedException {
    record Raw(
        String name,
        String dataType,
        String columnType,
        boolean nullable,
        String defaultValue,
        String extra,
        Long length,
        Long precision,
        Long scale,
        String comment) {}
    var raws =
        session.query(
            new Sql(
                    "SELECT COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,"
                        + " CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, COLUMN_COMMENT"
                        + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ")
                .param(text(table.schema()))
                .append(" AND TABLE_NAME = ")
                .param(text(table.name()))
                .append(" ORDER BY ORDINAL_POSITION"),
            row ->
                new Raw(
                    row.getString(1),
                    row.getString(2).toLowerCase(Locale.ROOT),
                    row.getString(3),
                    row.getString(4).equals("YES"),
                    row.getString(5),
                    row.getString(6) == null ? "" : row.getString(6).toLowerCase(Locale.ROOT),
                    (Long) row.getObject(7, Long.class),
                    (Long) row.getObject(8, Long.class),
                    (Long) row.getObject(9, Long.class),
                    row.getString(10)));
    var checkClauses = checkClauses(session, table);
    var jsonColumns = new HashSet<String>();
    var checks = new ArrayList<CheckInfo>();
    for (var clause : checkClauses) {
      var json = jsonColumnOf(clause[0], clause[1]);
      if (json.isDefined()) {
        jsonColumns.add(json.get());
      } else {
        checks.add(CheckInfo.of(clause[0], clause[1]));
      }
    }
    record KeyPart(
        String name,
        String type,
        String column,
        String refSchema,
        String refTable,
        String refColumn) {}
    var keyParts =
        session.query(
            new Sql(
                    "SELECT k.CONSTRAINT_NAME, c.CONSTRAINT_TYPE, k.COLUMN_NAME,"
                        + " k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME"
                        + " FROM information_schema.TABLE_CONSTRAINTS c"
                        + " JOIN information_schema.KEY_COLUMN_USAGE k"
                        + "   ON k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND k.TABLE_NAME = c.TABLE_NAME"
                        + "   AND k.CONSTRAINT_NAME = c.CONSTRAINT_NAME"
                        + " WHERE c.TABLE_SCHEMA = ")
                .param(text(table.schema()))
                .append(" AND c.TABLE_NAME = ")
                .param(text(table.name()))
                .append(
                    " AND c.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
                        + " ORDER BY c.CONSTRAINT_NAME, k.ORDINAL_POSITION"),
            row ->
                new KeyPart(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getString(5),
                    row.getString(6)));
    var rules = new LinkedHashMap<String, String[]>();
    for (var rule :
        session.query(
            new Sql(
                    "SELECT CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE"
                        + " FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ")
                .param(text(table.schema()))
                .append(" AND TABLE_NAME = ")
                .param(text(table.name())),
            row -> new String[] {row.getString(1), row.getString(2), row.getString(3)})) {
      rules.put(rule[0], rule);
    }
    var primaryKey = new ArrayList<String>();
    var uniques = new LinkedHashMap<String, List<String>>();
    var foreign = new LinkedHashMap<String, List<KeyPart>>();
    for (var part : keyParts) {
      switch (part.type) {
        case "PRIMARY KEY" -> primaryKey.add(part.column);
        case "UNIQUE" ->
            uniques.computeIfAbsent(part.name, k -> new ArrayList<>()).add(part.column);
        default -> foreign.computeIfAbsent(part.name, k -> new ArrayList<>()).add(part);
      }
    }
    var foreignKeys = new ArrayList<ForeignKeyInfo>();
    foreign.forEach(
        (name, parts) -> {
          var rule = rules.getOrDefault(name, new String[] {name, "NO ACTION", "NO ACTION"});
          foreignKeys.add(
              new ForeignKeyInfo(
                  name,
                  parts.stream().map(KeyPart::column).toList(),
                  new TableRef(parts.get(0).refSchema, parts.get(0).refTable),
                  parts.stream().map(KeyPart::refColumn).toList(),
                  ReferentialAction.parse(rule[2]),
                  ReferentialAction.parse(rule[1])));
        });
    var indexParts = new LinkedHashMap<String, List<String>>();
    var indexUnique = new LinkedHashMap<String, Boolean>();
    for (var row :
        session.query(
            new Sql(
                    "SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART FROM information_schema.STATISTICS"
                        + " WHERE TABLE_SCHEMA = ")
                .param(text(table.schema()))
                .append(" AND TABLE_NAME = ")
                .param(text(table.name()))
                .append(" ORDER BY INDEX_NAME, SEQ_IN_INDEX"),
            row ->
                new Object[] {
                  row.getString(1), row.getInt(2) == 0, row.getString(3), row.getObject(4)
                })) {
      var name = (String) row[0];
      var column = row[2] == null ? "(expression)" : (String) row[2];
      indexParts.computeIfAbsent(name, k -> new ArrayList<>()).add(column);
      indexUnique.put(name, (Boolean) row[1]);
    }
    var indexes = new ArrayList<IndexInfo>();
    indexParts.forEach(
        (name, columns) ->
            indexes.add(
                new IndexInfo(name, columns, indexUnique.get(name), name.equals("PRIMARY"))));

    var columns = new ArrayList<ColumnInfo>();
    for (var raw : raws) {
      var base = raw.dataType;
      var json = jsonColumns.contains(raw.name) || base.equals("json");
      var valueKind = json ? ValueKind.JSON : kind(base, raw.columnType);
      var enumValues =
          base.equals("enum") || base.equals("set")
              ? enumValues(raw.columnType)
              : List.<String>of();
      var type =
          new ColumnType(
              json ? "json" : raw.columnType,
              json ? "json" : base,
              valueKind,
              base.equals("bit") && raw.precision != null
                  ? Option.of(raw.precision.intValue())
                  : raw.length == null
                          || valueKind != ValueKind.TEXT && valueKind != ValueKind.BYTES
                      ? Option.none()
                      : Option.of((int) Math.min(Integer.MAX_VALUE, raw.length)),
              base.equals("decimal") && raw.precision != null
                  ? Option.of(raw.precision.intValue())
                  : Option.none(),
              base.equals("decimal") && raw.scale != null
                  ? Option.of(raw.scale.intValue())
                  : Option.none(),
              base.equals("enum") ? enumValues : List.of(),
              Option.none());
      var generated =
          raw.extra.contains("auto_increment")
              || raw.extra.contains("generated")
              || raw.extra.contains("virtual")
              || raw.extra.contains("persistent");
      columns.add(
          new ColumnInfo(
              raw.name,
              type,
              raw.nullable,
              defaultValue(raw.defaultValue, raw.nullable),
              primaryKey.contains(raw.name),
              generated,
              raw.extra.contains("auto_increment"),
              raw.comment == null || raw.comment.isEmpty()
                  ? Option.none()
                  : Option.of(raw.comment)));
    }
    var uniqueInfos = new ArrayList<UniqueConstraintInfo>();
    uniques.forEach((name, cols) -> uniqueInfos.add(new UniqueConstraintInfo(name, cols)));
    return new TableStructure(
        table,
        kind,
        columns,
        primaryKey,
        indexes,
        uniqueInfos,
        foreignKeys,
        comment == null || comment.isEmpty() ? Option.none() : Option.of(comment),
        checks);
  }

  /**
   * The table's CHECK constraints, name and clause as {@code information_schema.CHECK_CONSTRAINTS}
   * prints them (column-level ones, which MariaDB names after their column, and table-level ones).
   */
  private List<String[]> checkClauses(Session session, TableRef table)
      throws SQLException, StatementGuard.StoppedException {
    var savepoint = session.connection.setSavepoint();
    try {
      var clauses =
          session.query(
              new Sql(
                      "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                          + " WHERE CONSTRAINT_SCHEMA = ")
                  .param(text(table.schema()))
                  .append(" AND TABLE_NAME = ")
                  .param(text(table.name()))
                  .append(" ORDER BY CONSTRAINT_NAME"),
              row -> new String[] {row.getString(1), row.getString(2)});
      session.connection.releaseSavepoint(savepoint);
      return clauses;
    } catch (SQLException e) {
      // MySQL before 8.0.16 has no CHECK_CONSTRAINTS; its JSON type is reported as json.
      session.connection.rollback(savepoint);
      return List.of();
    }
  }

  private static final Pattern JSON_VALID = Pattern.compile("^json_valid\\(`((?:[^`]|``)+)`\\)$");

  /**
   * The column a check is MariaDB's own JSON check of ({@code json_valid(`col`)}, named after
   * {@code col}: what MariaDB adds to a JSON column, which is LONGTEXT underneath), or none.
   */
  static Option<String> jsonColumnOf(String name, String clause) {
    var matcher = JSON_VALID.matcher(clause.strip());
    if (matcher.matches() && matcher.group(1).replace("``", "`").equals(name)) {
      return Option.of(name);
    }
    return Option.none();
  }

  private static Option<String> defaultValue(String raw, boolean nullable) {
    if (raw == null || (nullable && raw.equalsIgnoreCase("NULL"))) {
      return Option.none();
    }
    return Option.of(raw);
  }

  static List<String> enumValues(String columnType) {
    var values = new ArrayList<String>();
    var open = columnType.indexOf('(');
    if (open < 0) {
      return values;
    }
    int i = open + 1;
    while (i < columnType.length()) {
      if (columnType.charAt(i) == '\'') {
        var value = new StringBuilder();
        i++;
        while (i < columnType.length()) {
          char c = columnType.charAt(i);
          if (c == '\'' && i + 1 < columnType.length() && columnType.charAt(i + 1) == '\'') {
            value.append('\'');
            i += 2;
          } else if (c == '\\' && i + 1 < columnType.length()) {
            value.append(columnType.charAt(i + 1));
            i += 2;
          } else if (c == '\'') {
            i++;
            break;
          } else {
            value.append(c);
            i++;
          }
        }
        values.add(value.toString());
      } else {
        i++;
      }
    }
    return values;
  }

  static ValueKind kind(String base, String columnType) {
    var full = columnType == null ? base : columnType.toLowerCase(Locale.ROOT);
    return switch (base) {
      case "tinyint" -> full.startsWith("tinyint(1)") ? ValueKind.BOOLEAN : ValueKind.INTEGER;
      case "bool", "boolean" -> ValueKind.BOOLEAN;
      case "smallint", "mediumint", "int", "integer", "bigint", "year" -> ValueKind.INTEGER;
      case "decimal", "numeric" -> ValueKind.DECIMAL;
      case "float", "double", "real" -> ValueKind.FLOAT;
      case "char", "varchar", "tinytext", "text", "mediumtext", "longtext", "set" -> ValueKind.TEXT;
      case "enum" -> ValueKind.ENUM;
      case "date" -> ValueKind.DATE;
      case "time" -> ValueKind.TIME;
      case "datetime", "timestamp" -> ValueKind.TIMESTAMP;
      case "json" -> ValueKind.JSON;
      case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob" -> ValueKind.BYTES;
      case "bit" -> full.equals("bit(1)") ? ValueKind.BOOLEAN : ValueKind.BYTES;
      case "uuid" -> ValueKind.UUID;
      default -> ValueKind.OTHER;
    };
  }

  private static Sql.Param text(String value) {
    return (statement, index) -> statement.setString(index, value);
  }
}
