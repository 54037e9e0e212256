package io.dbkeep.adapter.out.persistence.migration;

import io.dbkeep.domain.database.ArchivedTable.ArchivedColumn;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the PostgreSQL catalog says about the tables of the connection's current schema. */
public final class SchemaCatalog {

  public static final String HISTORY_TABLE = "flyway_schema_history";

  private SchemaCatalog() {}

  public static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  public static String currentSchema(Connection connection) throws SQLException {
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery("select current_schema()")) {
      rows.next();
      var schema = rows.getString(1);
      if (schema == null) {
        throw new SQLException("the connection has no current schema (check search_path)");
      }
      return schema;
    }
  }

  /** Every base table of the current schema, the migration history included, by name. */
  public static Set<String> allTables(Connection connection) throws SQLException {
    var names = new LinkedHashSet<String>();
    try (var statement =
        connection.prepareStatement(
            "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = current_schema() and c.relkind in ('r', 'p')"
                + " order by c.relname")) {
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
    }
    return names;
  }

  /**
   * The data tables of the current schema (all but the migration history), parents before the
   * tables whose foreign keys reference them.
   */
  public static List<String> dataTablesInDependencyOrder(Connection connection)
      throws SQLException {
    var tables = new ArrayList<>(allTables(connection));
    tables.remove(HISTORY_TABLE);
    Map<String, Set<String>> parents = new LinkedHashMap<>();
    tables.forEach(t -> parents.put(t, new LinkedHashSet<>()));
    try (var statement =
            connection.prepareStatement(
                "select child.relname, parent.relname from pg_constraint k"
                    + " join pg_class child on child.oid = k.conrelid"
                    + " join pg_class parent on parent.oid = k.confrelid"
                    + " join pg_namespace n on n.oid = child.relnamespace"
                    + " where k.contype = 'f' and n.nspname = current_schema()");
        var rows = statement.executeQuery()) {
      while (rows.next()) {
        var child = rows.getString(1);
        var parent = rows.getString(2);
        if (!child.equals(parent) && parents.containsKey(child) && parents.containsKey(parent)) {
          parents.get(child).add(parent);
        }
      }
    }
    var ordered = new ArrayList<String>();
    var remaining = new LinkedHashMap<>(parents);
    while (!remaining.isEmpty()) {
      var ready =
          remaining.entrySet().stream()
              .filter(e -> ordered.containsAll(e.getValue()))
              .map(Map.Entry::getKey)
              .toList();
      if (ready.isEmpty()) {
        // a cycle of foreign keys: keep the rest in name order (loading may then fail loudly)
        ordered.addAll(remaining.keySet());
        break;
      }
      ordered.addAll(ready);
      ready.forEach(remaining::remove);
    }
    return ordered;
  }

  /** The table's stored columns (generated ones excluded), in their order. */
  public static List<ArchivedColumn> columns(Connection connection, String table)
      throws SQLException {
    var columns = new ArrayList<ArchivedColumn>();
    try (var statement =
        connection.prepareStatement(
            "select a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull"
                + " from pg_attribute a join pg_class c on c.oid = a.attrelid"
                + " join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = current_schema() and c.relname = ? and a.attnum > 0"
                + " and not a.attisdropped and a.attgenerated = '' order by a.attnum")) {
      statement.setString(1, table);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          columns.add(new ArchivedColumn(rows.getString(1), rows.getString(2), rows.getBoolean(3)));
        }
      }
    }
    return columns;
  }

  /** The primary key's columns, in key order; empty when the table has none. */
  public static List<String> primaryKey(Connection connection, String table) throws SQLException {
    var columns = new ArrayList<String>();
    try (var statement =
        connection.prepareStatement(
            "select a.attname from pg_index i"
                + " join pg_class c on c.oid = i.indrelid"
                + " join pg_namespace n on n.oid = c.relnamespace"
                + " cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)"
                + " join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum"
                + " where n.nspname = current_schema() and c.relname = ? and i.indisprimary"
                + " order by k.position")) {
      statement.setString(1, table);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          columns.add(rows.getString(1));
        }
      }
    }
    return columns;
  }

  /** Whether {@code table} has a column {@code column}. */
  public static boolean hasColumn(Connection connection, String table, String column)
      throws SQLException {
    return columnType(connection, table, column) != null;
  }

  /** The column's type as {@code format_type} spells it, or null when there is no such column. */
  public static String columnType(Connection connection, String table, String column)
      throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "select format_type(a.atttypid, a.atttypmod) from pg_attribute a"
                + " join pg_class c on c.oid = a.attrelid"
                + " join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = current_schema() and c.relname = ? and a.attname = ?"
                + " and a.attnum > 0 and not a.attisdropped")) {
      statement.setString(1, table);
      statement.setString(2, column);
      try (var rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  public static long count(Connection connection, String table) throws SQLException {
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery("select count(*) from " + quote(table))) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * A query that reads the table's rows in a fixed order (by primary key, else by the whole row,
   * compared as text in the "C" collation), so that the same rows always give the same bytes.
   */
  public static String orderedSelect(String table, List<ArchivedColumn> columns, List<String> key) {
    var list = String.join(", ", columns.stream().map(c -> quote(c.name())).toList());
    var order =
        key.isEmpty()
            ? "(t.*)::text collate \"C\""
            : String.join(
                ", ", key.stream().map(k -> "t." + quote(k) + "::text collate \"C\"").toList());
    return "select " + list + " from " + quote(table) + " t order by " + order;
  }
}
