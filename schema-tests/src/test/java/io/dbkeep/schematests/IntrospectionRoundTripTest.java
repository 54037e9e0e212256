package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.out.studio.StudioDatabase;
import io.dbkeep.adapter.out.studio.StudioDatabaseSettings;
import io.dbkeep.application.service.studio.IntrospectDatabaseService;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.domain.studio.DatabaseStructure;
import io.dbkeep.domain.studio.SchemaIntrospection;
import io.dbkeep.domain.studio.TableStructure;
import io.dbkeep.json.SchemaDocumentJson;
import io.dbkeep.testsupport.MariaDbTestDatabase;
import io.dbkeep.testsupport.PostgresTestDatabase;
import io.dbkeep.testsupport.SqliteTestDatabase;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Studio's "open as schema project" round trip: a document's DDL is executed on a fresh
 * database A, A is introspected into a document, that document's DDL is executed on a fresh
 * database B, and the catalogs of A and B are identical — read both by this module's own catalog
 * reader and by the Studio's (types, defaults, nullability, keys, uniques, foreign keys with their
 * actions, indexes, comments) — on all three engines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntrospectionRoundTripTest {

  @RegisterExtension static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();
  @RegisterExtension static final MariaDbTestDatabase MARIADB = new MariaDbTestDatabase();
  @RegisterExtension static final SqliteTestDatabase SQLITE = new SqliteTestDatabase();

  private final List<Runnable> cleanups = new ArrayList<>();

  @AfterAll
  void cleanUp() {
    cleanups.forEach(Runnable::run);
  }

  private List<SchemaDocument> documents() throws Exception {
    var documents = new ArrayList<SchemaDocument>();
    documents.add(Documents.rich(false));
    for (var sample : DdlOnRealEnginesTest.samples()) {
      var read = new SchemaDocumentJson().readDocument(Files.readString(sample));
      if (read.problems().isEmpty()) {
        documents.add(read.value());
      }
    }
    return documents;
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void introspectingAndExportingAgainGivesTheSameCatalog(Engine engine) throws Exception {
    for (var document : documents()) {
      var first = DdlExporter.export(document, engine).get().sql();
      var a = fresh(engine, "round_a");
      execute(a, first, engine);

      SchemaDocument introspected;
      DatabaseStructure structureA;
      java.util.Set<String> notCarried;
      try (var studio = StudioDatabase.open(a.settings())) {
        var result =
            new IntrospectDatabaseService(studio.catalog()).introspect(Option.none()).get();
        introspected = result.document();
        structureA = studio.catalog().readStructure();
        // The introspected document is valid for the engine; what it could not carry (composite
        // foreign keys, defaults the document rules do not accept) is reported and left out below.
        assertThat(result.warnings())
            .as(engine + ": " + result.warnings())
            .noneMatch(w -> w.message().startsWith("Not valid as a document"));
        notCarried = notCarriedDefaults(result.warnings(), introspected);
      }
      assertThat(introspected.tables()).hasSameSizeAs(structureA.tables());

      var second = DdlExporter.export(introspected, engine);
      assertThat(second.isRight()).as(engine + " " + second).isTrue();
      var b = fresh(engine, "round_b");
      execute(b, second.get().sql(), engine);

      try (var ca = a.connect();
          var cb = b.connect()) {
        assertThat(shape(engine, cb))
            .as(engine + ": the independent catalog reader")
            .isEqualTo(withoutCompositeForeignKeys(shape(engine, ca)));
      }
      try (var studio = StudioDatabase.open(b.settings())) {
        var actual = normalized(engine, studio.catalog().readStructure(), java.util.Set.of());
        var expected = normalized(engine, structureA, notCarried);
        assertThat(actual.keySet()).as(engine + ": tables").isEqualTo(expected.keySet());
        for (var table : expected.keySet()) {
          assertThat(actual.get(table))
              .as(engine + ": table " + table)
              .isEqualTo(expected.get(table));
        }
      }
    }
  }

  /** A fresh database: how to reach it with JDBC and with the Studio. */
  private interface Fresh {
    Connection connect() throws SQLException;

    StudioDatabaseSettings settings();
  }

  private Fresh fresh(Engine engine, String prefix) throws SQLException {
    switch (engine) {
      case POSTGRESQL -> {
        var name = POSTGRES.createAnotherDatabase(prefix);
        cleanups.add(() -> drop("drop database if exists " + name + " with (force)"));
        var url = POSTGRES.jdbcUrlOf(name);
        return new Fresh() {
          public Connection connect() throws SQLException {
            var properties = credentials(POSTGRES.user(), POSTGRES.password());
            return java.sql.DriverManager.getConnection(url, properties);
          }

          public StudioDatabaseSettings settings() {
            return settingsOf(engine, url, credentials(POSTGRES.user(), POSTGRES.password()));
          }
        };
      }
      case MYSQL -> {
        var name = MARIADB.createDatabase(prefix);
        cleanups.add(
            () -> {
              try {
                MARIADB.dropDatabase(name);
              } catch (SQLException e) {
                // best effort
              }
            });
        return new Fresh() {
          public Connection connect() throws SQLException {
            return MARIADB.connect(name);
          }

          public StudioDatabaseSettings settings() {
            return settingsOf(
                engine, MARIADB.jdbcUrlOf(name), credentials(MARIADB.user(), MARIADB.password()));
          }
        };
      }
      default -> {
        var file = SQLITE.newDatabase(prefix);
        return new Fresh() {
          public Connection connect() throws SQLException {
            return SqliteTestDatabase.connect(file);
          }

          public StudioDatabaseSettings settings() {
            return settingsOf(engine, SqliteTestDatabase.jdbcUrl(file), new Properties());
          }
        };
      }
    }
  }

  private void drop(String sql) {
    try (var admin = POSTGRES.connectAdmin()) {
      admin.createStatement().execute(sql);
    } catch (SQLException e) {
      // best effort
    }
  }

  private static Properties credentials(String user, String password) {
    var properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return properties;
  }

  private static StudioDatabaseSettings settingsOf(
      Engine engine, String url, Properties properties) {
    return new StudioDatabaseSettings(
        engine,
        url,
        properties,
        "round trip",
        true,
        Duration.ofSeconds(30),
        2,
        Duration.ofSeconds(10));
  }

  private static void execute(Fresh database, String script, Engine engine) throws SQLException {
    try (var connection = database.connect();
        var statement = connection.createStatement()) {
      for (var sql : SqlScript.statements(script, engine == Engine.MYSQL)) {
        statement.execute(sql);
      }
    }
  }

  private static Shape shape(Engine engine, Connection connection) throws SQLException {
    return switch (engine) {
      case POSTGRESQL -> CatalogReader.postgres(connection);
      case MYSQL -> CatalogReader.mariaDb(connection);
      case SQLITE -> CatalogReader.sqlite(connection);
    };
  }

  /** "table\0column" of each default the introspection reported it could not carry. */
  private static java.util.Set<String> notCarriedDefaults(
      List<io.dbkeep.domain.problem.Problem> warnings, SchemaDocument document) {
    var pattern =
        java.util.regex.Pattern.compile("^tables\\[(\\d+)]\\.columns\\[(\\d+)]\\.default$");
    var names = new java.util.HashSet<String>();
    for (var warning : warnings) {
      var matcher = pattern.matcher(warning.path());
      if (matcher.matches()) {
        var table = document.tables().get(Integer.parseInt(matcher.group(1)));
        names.add(
            table.name()
                + "\u0000"
                + table.columns().get(Integer.parseInt(matcher.group(2))).name());
      }
    }
    return names;
  }

  /** A document relation joins one column to one: composite foreign keys are not carried. */
  private static Shape withoutCompositeForeignKeys(Shape shape) {
    var tables = new TreeMap<String, Shape.TableShape>();
    shape
        .tables()
        .forEach(
            (name, table) ->
                tables.put(
                    name,
                    new Shape.TableShape(
                        table.nullableColumns(),
                        table.primaryKey(),
                        table.uniques(),
                        table.foreignKeys().stream()
                            .filter(key -> key.columns().size() == 1)
                            .collect(java.util.stream.Collectors.toSet()))));
    return new Shape(tables);
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
                        .map(d -> SchemaIntrospection.defaultValue(engine, d, column.type()))
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
}
