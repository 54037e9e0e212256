package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.domain.schema.sql.MigrationPlanner;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Migrations executed on real PostgreSQL, MariaDB and SQLite: for random pairs of valid documents
 * (A, B), a database made by A's DDL and holding rows is migrated to B and must then have the
 * catalog of a fresh database made by B's DDL (types, nullability, defaults, keys, uniques, foreign
 * keys with their actions, indexes, comments; PostgreSQL enum values in order), with its rows kept
 * through renames; the down migration then gives A's catalog again. A failure names the seed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationOnRealEnginesTest {

  private static final int ROWS = 3;
  private static final int PAIRS = Integer.getInteger("dbkeep.migration.pairs", 12);
  private static final long FIRST_SEED = Long.getLong("dbkeep.migration.seed", 1);

  @RegisterExtension static final FreshDatabases DATABASES = new FreshDatabases("migration");

  @ParameterizedTest
  @EnumSource(Engine.class)
  void randomPairsMigrateUpAndDownToTheCatalogOfAFreshExport(Engine engine) throws Exception {
    var tested = 0;
    for (long seed = FIRST_SEED; tested < PAIRS && seed < FIRST_SEED + PAIRS * 20L; seed++) {
      var generator = new EvolvingDocuments(seed);
      var a = generator.document();
      var b = generator.mutate(a);
      if (!SchemaValidator.validate(a, engine).isValid()
          || !SchemaValidator.validate(b, engine).isValid()) {
        continue;
      }
      tested++;
      checkPair(engine, seed, a, b);
    }
    assertThat(tested).as("pairs tested on " + engine).isEqualTo(PAIRS);
  }

  /** Hand-written pairs for changes random pairs reach rarely, each up and down with rows. */
  @ParameterizedTest
  @EnumSource(Engine.class)
  void handWrittenChangesMigrateUpAndDown(Engine engine) throws Exception {
    for (var entry : HandWrittenPairs.all().entrySet()) {
      var a = entry.getValue()[0];
      var b = entry.getValue()[1];
      assertThat(SchemaValidator.validate(a, engine).errors()).as(entry.getKey() + " A").isEmpty();
      assertThat(SchemaValidator.validate(b, engine).errors()).as(entry.getKey() + " B").isEmpty();
      checkPair(engine, entry.getKey(), a, b);
    }
  }

  /**
   * NOT NULL with a default first sets the NULL rows to the default; the other rows keep theirs.
   */
  @ParameterizedTest
  @EnumSource(Engine.class)
  void notNullWithADefaultFillsTheNullRows(Engine engine) throws Exception {
    var id = io.dbkeep.domain.schema.Column.builder("id", "id", ColumnType.INTEGER).primaryKey();
    var name = io.dbkeep.domain.schema.Column.builder("n", "name", ColumnType.VARCHAR).length(20);
    var a =
        SchemaDocument.of(
            List.of(Table.of("t", "person", List.of(id.build(), name.build()))), List.of());
    var b =
        SchemaDocument.of(
            List.of(
                Table.of(
                    "t",
                    "person",
                    List.of(id.build(), name.notNull().defaultValue("'nobody'").build()))),
            List.of());
    var migration = MigrationPlanner.plan(a, b, engine).get();
    assertThat(migration.isDestructive()).as("a default makes it safe").isFalse();
    var live = DATABASES.fresh(engine, "fill");
    try (var connection = live.connect();
        var statement = connection.createStatement()) {
      execute(connection, DdlExporter.export(a, engine).get().sql(), engine, "export A");
      statement.execute("INSERT INTO " + q("person", engine) + " VALUES (1, 'Ada'), (2, NULL)");
      execute(connection, migration.sql(), engine, engine + " fill\n" + migration.sql());
      var values = new ArrayList<String>();
      try (var rows =
          statement.executeQuery(
              "SELECT " + q("name", engine) + " FROM " + q("person", engine) + " ORDER BY 1")) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      assertThat(values).containsExactly("Ada", "nobody");
      assertThat(CatalogComparison.orderFree(live, engine, connection))
          .isEqualTo(catalog(engine, DdlExporter.export(b, engine).get().sql(), "fill"));
    }
  }

  private void checkPair(Engine engine, long seed, SchemaDocument a, SchemaDocument b)
      throws Exception {
    checkPair(engine, "seed " + seed, a, b);
  }

  private void checkPair(Engine engine, String name, SchemaDocument a, SchemaDocument b)
      throws Exception {
    var label = engine + " " + name;
    var up = MigrationPlanner.plan(a, b, engine).get();
    var down = MigrationPlanner.plan(b, a, engine).get();

    var expectedB = catalog(engine, DdlExporter.export(b, engine).get().sql(), label);
    var expectedA = catalog(engine, DdlExporter.export(a, engine).get().sql(), label);

    var live = DATABASES.fresh(engine, "mig");
    try (var connection = live.connect()) {
      execute(connection, DdlExporter.export(a, engine).get().sql(), engine, label + " export A");
      insertRows(connection, a, engine);
      var before = texts(connection, a, engine);
      execute(connection, up.sql(), engine, label + " up\n" + describe(up.changes()));
      assertThat(CatalogComparison.orderFree(live, engine, connection))
          .as(
              label
                  + ": catalog after up(A->B) vs export(B)\n"
                  + describe(up.changes())
                  + "\n"
                  + up.sql())
          .isEqualTo(expectedB);
      assertRowsSurvive(connection, a, b, engine, before, label + " up");
      // a NOT NULL column without a default cannot come back to rows (warned as destructive):
      // those tables are emptied first, the catalog is still compared
      var refilled = new java.util.HashSet<String>();
      for (var change : down.changes()) {
        if (change.destructive()
            && change.kind() == io.dbkeep.domain.schema.diff.SchemaChange.Kind.COLUMN_ADDED) {
          b.table(change.id().substring(0, change.id().indexOf('/')))
              .forEach(table -> refilled.add(table.name()));
        }
      }
      emptyTables(connection, engine, refilled);
      execute(connection, down.sql(), engine, label + " down\n" + describe(down.changes()));
      assertThat(CatalogComparison.orderFree(live, engine, connection))
          .as(label + ": catalog after down(B->A) vs export(A)\n" + down.sql())
          .isEqualTo(expectedA);
    }
  }

  private static String describe(List<io.dbkeep.domain.schema.diff.SchemaChange> changes) {
    var text = new StringBuilder();
    changes.forEach(change -> text.append("  ").append(change.describe()).append('\n'));
    return text.toString();
  }

  // ----------------------------------------------------------------------------------- rows

  /** ROWS rows per table: key i, a distinct value per column, foreign keys to row i. */
  private static void insertRows(Connection connection, SchemaDocument document, Engine engine)
      throws SQLException {
    try (var statement = connection.createStatement()) {
      if (engine == Engine.MYSQL) {
        statement.execute("SET FOREIGN_KEY_CHECKS = 0");
      } else if (engine == Engine.SQLITE) {
        statement.execute("PRAGMA foreign_keys = OFF");
      } else {
        statement.execute("SET session_replication_role = replica");
      }
      for (var table : document.tables()) {
        for (int i = 1; i <= ROWS; i++) {
          var names = new ArrayList<String>();
          var values = new ArrayList<String>();
          for (var column : table.columns()) {
            names.add(q(column.name(), engine));
            values.add(value(document, table, column, i, engine));
          }
          statement.execute(
              "INSERT INTO "
                  + q(table.name(), engine)
                  + " ("
                  + String.join(", ", names)
                  + ") VALUES ("
                  + String.join(", ", values)
                  + ")");
        }
      }
      for (var relation : document.relations()) {
        if (relation.type() != RelationType.MANY_TO_MANY) {
          continue;
        }
        var name = relation.name().get();
        for (int i = 1; i <= ROWS; i++) {
          statement.execute("INSERT INTO " + q(name, engine) + " VALUES (" + i + ", " + i + ")");
        }
      }
      if (engine == Engine.MYSQL) {
        statement.execute("SET FOREIGN_KEY_CHECKS = 1");
      } else if (engine == Engine.SQLITE) {
        statement.execute("PRAGMA foreign_keys = ON");
      } else {
        statement.execute("SET session_replication_role = DEFAULT");
      }
    }
  }

  private static String value(
      SchemaDocument document, Table table, Column column, int i, Engine engine) {
    if (column.primaryKey()) {
      return String.valueOf(i);
    }
    var foreignKey =
        document.relations().stream()
            .anyMatch(
                r ->
                    r.type() != RelationType.MANY_TO_MANY
                        && r.sourceTableId().equals(table.id())
                        && r.sourceColumnId().equals(column.id()));
    if (foreignKey) {
      return String.valueOf(i);
    }
    for (var relation : document.relations()) {
      if (relation.type() == RelationType.MANY_TO_MANY
          || !relation.sourceTableId().equals(table.id())) {
        continue;
      }
      for (var pair : relation.additionalColumns()) {
        if (pair.sourceColumnId().equals(column.id())) {
          // the other columns of a composite key hold what the referenced row has
          var target = document.table(relation.targetTableId()).get();
          return value(document, target, target.column(pair.targetColumnId()).get(), i, engine);
        }
      }
    }
    return switch (column.type()) {
      case INTEGER, BIGINT, SERIAL -> String.valueOf(i * 10);
      case VARCHAR -> "'r" + i + "'";
      case TEXT -> "'t" + i + "'";
      case BOOLEAN -> i % 2 == 0 ? "TRUE" : "FALSE";
      case NUMERIC -> i + ".5";
      case DATE -> "'2024-01-0" + i + "'";
      case ENUM ->
          "'"
              + document.enumType(column.enumId().get()).get().values().get(0).replace("'", "''")
              + "'";
      default -> "NULL";
    };
  }

  private static void emptyTables(Connection connection, Engine engine, java.util.Set<String> names)
      throws SQLException {
    if (names.isEmpty()) {
      return;
    }
    try (var statement = connection.createStatement()) {
      statement.execute(
          switch (engine) {
            case MYSQL -> "SET FOREIGN_KEY_CHECKS = 0";
            case SQLITE -> "PRAGMA foreign_keys = OFF";
            case POSTGRESQL -> "SET session_replication_role = replica";
          });
      for (var name : names) {
        statement.execute("DELETE FROM " + q(name, engine));
      }
      statement.execute(
          switch (engine) {
            case MYSQL -> "SET FOREIGN_KEY_CHECKS = 1";
            case SQLITE -> "PRAGMA foreign_keys = ON";
            case POSTGRESQL -> "SET session_replication_role = DEFAULT";
          });
    }
  }

  /** Per table id and column id: the text values of VARCHAR and TEXT columns, sorted. */
  private static Map<String, List<String>> texts(
      Connection connection, SchemaDocument document, Engine engine) throws SQLException {
    var result = new TreeMap<String, List<String>>();
    try (var statement = connection.createStatement()) {
      for (var table : document.tables()) {
        for (var column : table.columns()) {
          if (column.type() != ColumnType.VARCHAR && column.type() != ColumnType.TEXT) {
            continue;
          }
          var values = new ArrayList<String>();
          try (var rows =
              statement.executeQuery(
                  "SELECT " + q(column.name(), engine) + " FROM " + q(table.name(), engine))) {
            while (rows.next()) {
              values.add(rows.getString(1));
            }
          }
          values.sort(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
          result.put(table.id() + "/" + column.id(), values);
        }
      }
    }
    return result;
  }

  private static void assertRowsSurvive(
      Connection connection,
      SchemaDocument a,
      SchemaDocument b,
      Engine engine,
      Map<String, List<String>> before,
      String label)
      throws SQLException {
    var after = texts(connection, b, engine);
    try (var statement = connection.createStatement()) {
      for (var table : b.tables()) {
        if (a.table(table.id()).isEmpty()) {
          continue;
        }
        try (var rows = statement.executeQuery("SELECT COUNT(*) FROM " + q(table.name(), engine))) {
          rows.next();
          assertThat(rows.getInt(1)).as(label + ": rows of " + table.name()).isEqualTo(ROWS);
        }
      }
    }
    for (var entry : after.entrySet()) {
      var old = before.get(entry.getKey());
      if (old != null) {
        assertThat(entry.getValue()).as(label + ": values of " + entry.getKey()).isEqualTo(old);
      }
    }
  }

  // ------------------------------------------------------------------------------ catalogs

  /** The catalog a script gives on a fresh database. */
  private String catalog(Engine engine, String script, String label) throws Exception {
    var database = DATABASES.fresh(engine, "exp");
    try (var connection = database.connect()) {
      execute(connection, script, engine, label + " export");
      return CatalogComparison.orderFree(database, engine, connection);
    }
  }

  private static void execute(Connection connection, String script, Engine engine, String label)
      throws SQLException {
    CatalogComparison.execute(connection, script, engine, label);
  }

  private static String q(String name, Engine engine) {
    return engine == Engine.MYSQL
        ? "`" + name.replace("`", "``") + "`"
        : "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
