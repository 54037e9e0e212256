package io.dbkeep.schematests;

import io.dbkeep.adapter.out.studio.StudioDatabase;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.studio.CatalogDefaults;
import io.dbkeep.domain.studio.DatabaseStructure;
import io.dbkeep.domain.studio.TableStructure;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * The one catalog comparison of the real-engine tests (migrations, introspection round trips): a
 * live database's catalog as comparable text through the Studio's catalog reader, and as a {@link
 * Shape} through the independent {@link CatalogReader}.
 */
final class CatalogComparison {

  private CatalogComparison() {}

  /** The independent reader's shape of the database behind {@code connection}. */
  static Shape shape(Engine engine, Connection connection) throws SQLException {
    return switch (engine) {
      case POSTGRESQL -> CatalogReader.postgres(connection);
      case MYSQL -> CatalogReader.mariaDb(connection);
      case SQLITE -> CatalogReader.sqlite(connection);
    };
  }

  /** The catalog as text: the Studio's reader (columns sorted), the independent reader, enums. */
  static String orderFree(FreshDatabases.Fresh database, Engine engine, Connection connection)
      throws Exception {
    var text = new StringBuilder();
    try (var studio = StudioDatabase.open(database.settings())) {
      var tables = normalized(engine, studio.catalog().readStructure(), java.util.Set.of());
      tables.forEach(
          (name, table) -> {
            var lines = new ArrayList<>(Arrays.asList(table.split("\n")));
            lines.sort(null);
            text.append("table ").append(name).append('\n');
            lines.forEach(line -> text.append("  ").append(line).append('\n'));
          });
    }
    var shape = shape(engine, connection);
    // the independent reader, in an order that does not depend on column order (ALTER TABLE
    // ADD COLUMN appends: column order is not migrated)
    for (var entry : new TreeMap<>(shape.tables()).entrySet()) {
      var table = entry.getValue();
      text.append("shape ")
          .append(entry.getKey())
          .append(' ')
          .append(new TreeMap<>(table.nullableColumns()))
          .append(" pk ")
          .append(table.primaryKey())
          .append(" uniques ")
          .append(new java.util.TreeSet<>(table.uniques().stream().map(Object::toString).toList()))
          .append(" fks ")
          .append(
              new java.util.TreeSet<>(table.foreignKeys().stream().map(Object::toString).toList()))
          .append('\n');
    }
    if (engine == Engine.POSTGRESQL) {
      try (var statement = connection.createStatement();
          var rows =
              statement.executeQuery(
                  "select t.typname, array_agg(e.enumlabel order by e.enumsortorder)::text from"
                      + " pg_type t join pg_enum e on e.enumtypid = t.oid group by t.typname order"
                      + " by 1")) {
        while (rows.next()) {
          text.append("enum ").append(rows.getString(1)).append(' ').append(rows.getString(2));
          text.append('\n');
        }
      }
    }
    return text.toString();
  }

  /** The catalog as comparable text, table by table, without the database's own name. */
  static TreeMap<String, String> normalized(
      Engine engine, DatabaseStructure structure, java.util.Set<String> notCarried) {
    var tables = new TreeMap<String, String>();
    for (TableStructure table : structure.tables()) {
      var text = new StringBuilder();
      for (var column : table.columns()) {
        text.append("column ")
            .append(column.name())
            .append(' ')
            .append(column.type().display())
            .append(column.nullable() ? " null" : " not null")
            .append(column.primaryKey() ? " pk" : "")
            .append(column.autoIncrement() ? " auto" : "")
            .append(" default=")
            .append(
                notCarried.contains(table.table().name() + "\u0000" + column.name())
                    ? ""
                    : column
                        .defaultValue()
                        .map(d -> CatalogDefaults.defaultValue(engine, d, column.type()))
                        .getOrElse(""))
            .append(" comment=")
            .append(column.comment().getOrElse(""))
            .append('\n');
      }
      text.append("primary key ").append(table.primaryKey()).append('\n');
      table.uniques().stream()
          .map(u -> "unique " + u.columns() + "\n")
          .sorted()
          .forEach(text::append);
      table.foreignKeys().stream()
          .filter(k -> k.columns().size() == 1)
          .map(
              k ->
                  "foreign key "
                      + k.columns()
                      + " -> "
                      + k.referenced().name()
                      + k.referencedColumns()
                      + " on delete "
                      + k.onDelete()
                      + " on update "
                      + k.onUpdate()
                      + "\n")
          .sorted()
          .forEach(text::append);
      table.indexes().stream()
          .map(
              i ->
                  "index "
                      + i.columns()
                      + (i.unique() ? " unique" : "")
                      + (i.primary() ? " primary" : "")
                      + "\n")
          .sorted()
          .forEach(text::append);
      text.append("comment ").append(table.comment().getOrElse(""));
      tables.put(table.table().name(), text.toString());
    }
    return tables;
  }

  static void execute(Connection connection, String script, Engine engine, String label)
      throws SQLException {
    try (var statement = connection.createStatement()) {
      for (var sql : SqlScript.statements(script, engine == Engine.MYSQL)) {
        try {
          statement.execute(sql);
        } catch (SQLException e) {
          throw new SQLException(
              label + ": " + e.getMessage() + "\n  in: " + sql + "\n--- script:\n" + script, e);
        }
      }
    }
  }
}
