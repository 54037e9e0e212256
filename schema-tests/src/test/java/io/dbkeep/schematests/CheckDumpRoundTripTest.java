package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.out.sqlimport.SqlSchemaReaders;
import io.dbkeep.domain.format.ImportedSchema;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.sql.DdlExporter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
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

  @RegisterExtension static final LiveDatabases DATABASES = new LiveDatabases();

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
    var dumped = DATABASES.dumped(engine, script, c -> CheckCatalog.read(engine, c));
    var original = dumped.original();
    var dump = dumped.dump();
    var imported = read(engine, dump);
    assertThat(imported.warnings())
        .as("--- dump:\n%s", dump)
        .noneSatisfy(w -> assertThat(w.code()).isEqualTo("CHECK_NOT_KEPT"));
    var export = DdlExporter.export(imported.document(), engine);
    assertThat(export.isRight()).as("%s\n--- dump:\n%s", export, dump).isTrue();

    var again = DATABASES.run(engine, export.get().sql(), c -> CheckCatalog.read(engine, c));

    assertThat(CheckCatalog.comparable(again))
        .as("--- dump:\n%s\n--- export of the import:\n%s", dump, export.get().sql())
        .isEqualTo(CheckCatalog.comparable(original));
    return original;
  }

  private static ImportedSchema read(Engine engine, String dump) {
    var result = SqlSchemaReaders.of(ImportRoundTripProperties.format(engine)).read(dump);
    assertThat(result.isRight()).as("%s\n--- dump:\n%s", result, dump).isTrue();
    return result.get();
  }
}
