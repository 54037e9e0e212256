package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.out.sqlimport.SqlSchemaReaders;
import io.dbkeep.domain.format.ImportedSchema;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.testsupport.MariaDbTestDatabase;
import io.dbkeep.testsupport.PostgresTestDatabase;
import io.dbkeep.testsupport.SqliteTestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Real dumps with CHECK constraints: a hand-written schema S of each engine with checks (named,
 * unnamed, column-level, NOT VALID, casts, IN, BETWEEN, LIKE, functions, a quoted mixed-case
 * column) is applied, dumped with the engine's own tool, imported (no check may be dropped),
 * exported and applied to a fresh database: the CHECK constraints in the two catalogs are the same,
 * by name and by definition (the catalog's own text, compared without quotes and blanks). DBKeep's
 * own export of a document with checks makes the same trip.
 */
class CheckDumpRoundTripTest {

  @RegisterExtension static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();
  @RegisterExtension static final MariaDbTestDatabase MARIADB = new MariaDbTestDatabase();
  @RegisterExtension static final SqliteTestDatabase SQLITE = new SqliteTestDatabase();

  private static LiveDatabases databases;

  @BeforeAll
  static void connect() {
    databases = new LiveDatabases(POSTGRES, MARIADB, SQLITE);
  }

  @AfterAll
  static void disconnect() throws SQLException {
    databases.close();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aHandWrittenSchemasChecksSurviveDumpImportExport(Engine engine) throws Exception {
    var name = "import/" + engine.name().toLowerCase(Locale.ROOT) + "-checks.sql";
    try (var in = getClass().getClassLoader().getResourceAsStream(name)) {
      var script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      var checks = assertRoundTrip(engine, script);
      assertThat(checks.get("product")).hasSizeGreaterThanOrEqualTo(6);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void dbkeepsOwnExportWithChecksSurvivesDumpImportExport(Engine engine) throws Exception {
    var sql = DdlExporter.export(CheckConstraintsOnRealEnginesTest.products(), engine).get().sql();

    var checks = assertRoundTrip(engine, sql);

    assertThat(checks.get("product")).containsKeys("price_range", "Status \"ok\"");
  }

  private static Map<String, Map<String, String>> assertRoundTrip(Engine engine, String script)
      throws Exception {
    Map<String, Map<String, String>> original;
    String dump;
    switch (engine) {
      case POSTGRESQL -> {
        original = databases.run(engine, script, c -> CheckCatalog.read(engine, c));
        dump = DumpTools.pgDump(POSTGRES);
      }
      case MYSQL -> {
        var database = MARIADB.createDatabase("dump");
        try (var connection = MARIADB.connect(database)) {
          try (var statement = connection.createStatement()) {
            for (var sql : SqlScript.statements(script, true)) {
              statement.execute(sql);
            }
          }
          original = CheckCatalog.read(engine, connection);
          dump = DumpTools.mysqlDump(MARIADB, database);
        } finally {
          MARIADB.dropDatabase(database);
        }
      }
      default -> {
        var file = SQLITE.newDatabase("dump");
        try (var connection = SqliteTestDatabase.connect(file)) {
          try (var statement = connection.createStatement()) {
            for (var sql : SqlScript.statements(script, false)) {
              statement.execute(sql);
            }
          }
          original = CheckCatalog.read(engine, connection);
        }
        dump = DumpTools.sqliteSchema(file);
      }
    }
    var imported = read(engine, dump);
    assertThat(imported.warnings())
        .as("--- dump:\n%s", dump)
        .noneSatisfy(w -> assertThat(w.code()).isEqualTo("CHECK_NOT_KEPT"));
    var export = DdlExporter.export(imported.document(), engine);
    assertThat(export.isRight()).as("%s\n--- dump:\n%s", export, dump).isTrue();

    var again = databases.run(engine, export.get().sql(), c -> CheckCatalog.read(engine, c));

    assertThat(normalized(again))
        .as("--- dump:\n%s\n--- export of the import:\n%s", dump, export.get().sql())
        .isEqualTo(normalized(original));
    return original;
  }

  /** Definitions without quotes, blanks and case, so SQLite's text compares with ours. */
  private static Map<String, Map<String, String>> normalized(
      Map<String, Map<String, String>> checks) {
    var result = new TreeMap<String, Map<String, String>>();
    checks.forEach(
        (table, byName) -> {
          var normal = new TreeMap<String, String>();
          byName.forEach(
              (name, definition) ->
                  normal.put(
                      name,
                      definition
                          .replaceAll("[\"`\\s\\[\\]]", "")
                          .replace("NOTVALID", "")
                          .toLowerCase(Locale.ROOT)));
          result.put(table, normal);
        });
    return result;
  }

  private static ImportedSchema read(Engine engine, String dump) {
    var result = SqlSchemaReaders.of(ImportRoundTripProperties.format(engine)).read(dump);
    assertThat(result.isRight()).as("%s\n--- dump:\n%s", result, dump).isTrue();
    return result.get();
  }
}
