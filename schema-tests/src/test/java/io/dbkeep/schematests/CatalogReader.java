package io.dbkeep.schematests;

import io.dbkeep.schematests.Shape.ForeignKey;
import io.dbkeep.schematests.Shape.TableShape;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads tables, columns, nullability, keys, uniques and foreign keys back from each catalog. */
final class CatalogReader {

  private CatalogReader() {}

  private static final class Builder {
    final Map<String, Map<String, Boolean>> columns = new TreeMap<>();
    final Map<String, List<String>> primaryKeys = new LinkedHashMap<>();
    final Map<String, java.util.Set<List<String>>> uniques = new LinkedHashMap<>();
    final Map<String, java.util.Set<ForeignKey>> foreignKeys = new LinkedHashMap<>();

    void table(String name) {
      columns.putIfAbsent(name, new LinkedHashMap<>());
    }

    Shape build() {
      var tables = new TreeMap<String, TableShape>();
      columns.forEach(
          (name, cols) ->
              tables.put(
                  name,
                  new TableShape(
                      cols,
                      primaryKeys.getOrDefault(name, List.of()),
                      uniques.getOrDefault(name, new HashSet<>()),
                      foreignKeys.getOrDefault(name, new HashSet<>()))));
      return new Shape(tables);
    }
  }

  static Shape postgres(Connection connection) throws SQLException {
    var shape = new Builder();
    try (var statement = connection.createStatement()) {
      var tables =
          statement.executeQuery(
              "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                  + " where n.nspname = 'public' and c.relkind = 'r'");
      while (tables.next()) {
        shape.table(tables.getString(1));
      }
      var columns =
          statement.executeQuery(
              "select c.relname, a.attname, not a.attnotnull from pg_attribute a"
                  + " join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid ="
                  + " c.relnamespace where n.nspname = 'public' and c.relkind = 'r' and a.attnum >"
                  + " 0 and not a.attisdropped order by c.relname, a.attnum");
      while (columns.next()) {
        shape.columns.get(columns.getString(1)).put(columns.getString(2), columns.getBoolean(3));
      }
      var constraints =
          statement.executeQuery(
              "select c.relname, con.contype, array(select a.attname from unnest(con.conkey) with"
                  + " ordinality k(attnum, ord) join pg_attribute a on a.attrelid = con.conrelid"
                  + " and a.attnum = k.attnum order by k.ord), f.relname, array(select a.attname"
                  + " from unnest(con.confkey) with ordinality k(attnum, ord) join pg_attribute a"
                  + " on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.ord),"
                  + " con.confdeltype, con.confupdtype from pg_constraint con join pg_class c on"
                  + " c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace left join"
                  + " pg_class f on f.oid = con.confrelid where n.nspname = 'public' and"
                  + " con.contype in ('p', 'u', 'f')");
      while (constraints.next()) {
        var table = constraints.getString(1);
        var columnsOf = strings(constraints.getArray(3));
        switch (constraints.getString(2)) {
          case "p" -> shape.primaryKeys.put(table, columnsOf);
          case "u" -> shape.uniques.computeIfAbsent(table, t -> new HashSet<>()).add(columnsOf);
          default ->
              shape
                  .foreignKeys
                  .computeIfAbsent(table, t -> new HashSet<>())
                  .add(
                      new ForeignKey(
                          columnsOf,
                          constraints.getString(4),
                          strings(constraints.getArray(5)),
                          postgresAction(constraints.getString(6)),
                          postgresAction(constraints.getString(7))));
        }
      }
      var uniqueIndexes =
          statement.executeQuery(
              "select t.relname, array(select a.attname from unnest(i.indkey) with ordinality"
                  + " k(attnum, ord) join pg_attribute a on a.attrelid = i.indrelid and a.attnum ="
                  + " k.attnum order by k.ord) from pg_index i join pg_class t on t.oid ="
                  + " i.indrelid join pg_namespace n on n.oid = t.relnamespace where n.nspname ="
                  + " 'public' and i.indisunique and not i.indisprimary and not exists (select 1"
                  + " from pg_constraint con where con.conindid = i.indexrelid and con.contype <>"
                  + " 'f')"); // a foreign key's conindid is the index it references
      while (uniqueIndexes.next()) {
        shape
            .uniques
            .computeIfAbsent(uniqueIndexes.getString(1), t -> new HashSet<>())
            .add(strings(uniqueIndexes.getArray(2)));
      }
    }
    return shape.build();
  }

  private static String postgresAction(String code) {
    return switch (code) {
      case "c" -> "CASCADE";
      case "n" -> "SET NULL";
      case "r" -> "RESTRICT";
      case "d" -> "SET DEFAULT";
      default -> "NO ACTION";
    };
  }

  static Shape mariaDb(Connection connection) throws SQLException {
    var shape = new Builder();
    try (var statement = connection.createStatement()) {
      var tables =
          statement.executeQuery(
              "select table_name from information_schema.tables where table_schema = database()"
                  + " and table_type = 'BASE TABLE'");
      while (tables.next()) {
        shape.table(tables.getString(1));
      }
      var columns =
          statement.executeQuery(
              "select table_name, column_name, is_nullable = 'YES' from"
                  + " information_schema.columns where table_schema = database() order by"
                  + " table_name, ordinal_position");
      while (columns.next()) {
        shape.columns.get(columns.getString(1)).put(columns.getString(2), columns.getBoolean(3));
      }
      var keys =
          statement.executeQuery(
              "select table_name, index_name, column_name from information_schema.statistics"
                  + " where table_schema = database() and non_unique = 0 order by table_name,"
                  + " index_name, seq_in_index");
      var grouped = new LinkedHashMap<List<String>, List<String>>();
      while (keys.next()) {
        grouped
            .computeIfAbsent(List.of(keys.getString(1), keys.getString(2)), k -> new ArrayList<>())
            .add(keys.getString(3));
      }
      grouped.forEach(
          (key, cols) -> {
            if (key.get(1).equals("PRIMARY")) {
              shape.primaryKeys.put(key.get(0), cols);
            } else {
              shape.uniques.computeIfAbsent(key.get(0), t -> new HashSet<>()).add(cols);
            }
          });
      var foreign =
          statement.executeQuery(
              "select k.table_name, k.constraint_name, k.column_name, k.referenced_table_name,"
                  + " k.referenced_column_name, r.delete_rule, r.update_rule from"
                  + " information_schema.key_column_usage k join"
                  + " information_schema.referential_constraints r on r.constraint_schema ="
                  + " k.constraint_schema and r.constraint_name = k.constraint_name and"
                  + " r.table_name = k.table_name where k.table_schema = database() and"
                  + " k.referenced_table_name is not null order by k.table_name,"
                  + " k.constraint_name, k.ordinal_position");
      var fks = new LinkedHashMap<List<String>, String[]>();
      var fkColumns = new LinkedHashMap<List<String>, List<List<String>>>();
      while (foreign.next()) {
        var key = List.of(foreign.getString(1), foreign.getString(2));
        fks.put(
            key, new String[] {foreign.getString(4), foreign.getString(6), foreign.getString(7)});
        fkColumns
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(List.of(foreign.getString(3), foreign.getString(5)));
      }
      fks.forEach(
          (key, info) -> {
            var pairs = fkColumns.get(key);
            shape
                .foreignKeys
                .computeIfAbsent(key.get(0), t -> new HashSet<>())
                .add(
                    new ForeignKey(
                        pairs.stream().map(p -> p.get(0)).toList(),
                        info[0],
                        pairs.stream().map(p -> p.get(1)).toList(),
                        info[1],
                        info[2]));
          });
    }
    return shape.build();
  }

  static Shape sqlite(Connection connection) throws SQLException {
    var shape = new Builder();
    var names = new ArrayList<String>();
    try (var statement = connection.createStatement()) {
      var tables =
          statement.executeQuery(
              "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%'"
                  + " escape '\\'");
      while (tables.next()) {
        names.add(tables.getString(1));
      }
    }
    for (var table : names) {
      shape.table(table);
      try (var info =
          connection.prepareStatement(
              "select name, \"notnull\", pk from pragma_table_info(?) order by cid")) {
        info.setString(1, table);
        var rows = info.executeQuery();
        var key = new TreeMap<Integer, String>();
        while (rows.next()) {
          shape.columns.get(table).put(rows.getString(1), rows.getInt(2) == 0);
          if (rows.getInt(3) > 0) {
            key.put(rows.getInt(3), rows.getString(1));
          }
        }
        if (!key.isEmpty()) {
          shape.primaryKeys.put(table, new ArrayList<>(key.values()));
        }
      }
      var uniqueIndexes = new ArrayList<String>();
      try (var list =
          connection.prepareStatement(
              "select name from pragma_index_list(?) where \"unique\" = 1 and origin <> 'pk'")) {
        list.setString(1, table);
        var rows = list.executeQuery();
        while (rows.next()) {
          uniqueIndexes.add(rows.getString(1));
        }
      }
      for (var index : uniqueIndexes) {
        try (var info =
            connection.prepareStatement("select name from pragma_index_info(?) order by seqno")) {
          info.setString(1, index);
          var rows = info.executeQuery();
          var cols = new ArrayList<String>();
          while (rows.next()) {
            cols.add(rows.getString(1));
          }
          shape.uniques.computeIfAbsent(table, t -> new HashSet<>()).add(cols);
        }
      }
      try (var list =
          connection.prepareStatement(
              "select id, \"from\", \"table\", \"to\", on_delete, on_update from"
                  + " pragma_foreign_key_list(?) order by id, seq")) {
        list.setString(1, table);
        var rows = list.executeQuery();
        var grouped = new LinkedHashMap<Integer, List<String[]>>();
        while (rows.next()) {
          grouped
              .computeIfAbsent(rows.getInt(1), k -> new ArrayList<>())
              .add(
                  new String[] {
                    rows.getString(2),
                    rows.getString(3),
                    rows.getString(4),
                    rows.getString(5),
                    rows.getString(6)
                  });
        }
        grouped.forEach(
            (id, parts) ->
                shape
                    .foreignKeys
                    .computeIfAbsent(table, t -> new HashSet<>())
                    .add(
                        new ForeignKey(
                            parts.stream().map(p -> p[0]).toList(),
                            parts.get(0)[1],
                            parts.stream().map(p -> p[2]).toList(),
                            parts.get(0)[3],
                            parts.get(0)[4])));
      }
    }
    return shape.build();
  }

  private static List<String> strings(java.sql.Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }
}
