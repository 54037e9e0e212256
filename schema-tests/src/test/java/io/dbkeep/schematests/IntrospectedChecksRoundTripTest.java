package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.out.sqlimport.SqlSchemaReaders;
import io.dbkeep.adapter.out.studio.StudioDatabase;
import io.dbkeep.application.service.studio.IntrospectDatabaseService;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.domain.studio.DatabaseStructure;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Studio's introspection keeps CHECK constraints: a database A with checks of every kind
 * (named, unnamed, column- and table-level, NOT VALID, casts, IN, BETWEEN, LIKE, functions, an
 * enum, a boolean, hostile names and literals with quotes, unicode, {@code )} and {@code --}) is
 * introspected as "save as project" does, the document's DDL is executed on a fresh database B of
 * the same engine, and the two catalogs' CHECK constraints are the same — by name and definition
 * ({@link CheckCatalog}), and as the neutral subset of the Studio's own reading — except those
 * outside the subset, which are left out with a {@code CHECK_NOT_CARRIED} warning each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntrospectedChecksRoundTripTest {

  @RegisterExtension
  static final FreshDatabases DATABASES = new FreshDatabases("introspected checks");

  /** The checks of the hostile table that are outside the subset (or refused for the engine). */
  private static Set<String> notCarried(Engine engine) {
    return switch (engine) {
      case POSTGRESQL -> Set.of("not_kept_regex", "not_kept_concat");
      case MYSQL -> Set.of("not_kept_regex", "not_kept_length", "not_kept_types");
      case SQLITE -> Set.of("not_kept_glob", "not_kept_typeof", "not_kept_types");
    };
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void introspectedChecksExportToTheSameChecksOnAFreshDatabase(Engine engine) throws Exception {
    var name = engine.name().toLowerCase(Locale.ROOT);
    var script = resource("import/" + name + "-checks.sql");
    script += "\n" + resource("introspect/" + name + "-hostile-checks.sql");
    var a = DATABASES.fresh(engine, "checks_a");
    a.execute(script, engine);

    SchemaDocument document;
    List<Problem> warnings;
    DatabaseStructure structureA;
    try (var studio = StudioDatabase.open(a.settings())) {
      var result =
          new IntrospectDatabaseService(studio.catalog(), SqlSchemaReaders.checkTranslator())
              .introspect(Option.none())
              .get();
      document = result.document();
      warnings = result.warnings();
      structureA = studio.catalog().readStructure();
    }
    assertThat(warnings)
        .as("%s", warnings)
        .noneMatch(w -> w.message().startsWith("Not valid as a document"));
    var notCarried = warnings.stream().filter(w -> w.code().equals("CHECK_NOT_CARRIED")).toList();
    assertThat(notCarried).as("%s", warnings).hasSameSizeAs(notCarried(engine));
    for (var check : notCarried(engine)) {
      assertThat(notCarried)
          .as(check + " in " + warnings)
          .anySatisfy(w -> assertThat(w.message()).startsWith("Check " + check + " of hostile"));
    }
    assertThat(warnings.stream().filter(w -> w.code().equals("CHECK_NOT_VALIDATED")))
        .as("%s", warnings)
        .map(Problem::message)
        .containsExactlyElementsOf(
            engine == Engine.POSTGRESQL
                ? List.of(
                    "Check late of product is NOT VALID in the database (older rows may break it);"
                        + " the document's check holds for every row")
                : List.of());
    assertThat(document.tables())
        .filteredOn(t -> t.name().equals("product"))
        .singleElement()
        .satisfies(t -> assertThat(t.checks()).hasSizeGreaterThanOrEqualTo(6));

    var export = DdlExporter.export(document, engine);
    assertThat(export.isRight()).as("%s", export).isTrue();
    var b = DATABASES.fresh(engine, "checks_b");
    b.execute(export.get().sql(), engine);

    Map<String, Map<String, String>> expected;
    Map<String, Map<String, String>> actual;
    try (var ca = a.connect();
        var cb = b.connect()) {
      expected = CheckCatalog.comparable(CheckCatalog.read(engine, ca));
      actual = CheckCatalog.comparable(CheckCatalog.read(engine, cb));
    }
    expected.get("hostile").keySet().removeAll(notCarried(engine));
    if (engine == Engine.SQLITE) {
      // SQLite's unnamed checks are named chk_<table>_<n> by the export; compared below
      actual.values().forEach(byName -> byName.keySet().removeIf(n -> n.startsWith("chk_")));
    }
    assertThat(actual).as("--- export:\n%s", export.get().sql()).isEqualTo(expected);

    try (var studio = StudioDatabase.open(b.settings())) {
      assertThat(neutral(engine, studio.catalog().readStructure(), document, Set.of()))
          .as("--- export:\n%s", export.get().sql())
          .isEqualTo(neutral(engine, structureA, document, notCarried(engine)));
    }
  }

  /**
   * Each table's checks in the neutral subset (fitted to the introspected document's table),
   * sorted, names aside; untranslatable ones as written.
   */
  private static Map<String, List<String>> neutral(
      Engine engine, DatabaseStructure structure, SchemaDocument context, Set<String> leaveOut) {
    var translator = SqlSchemaReaders.checkTranslator();
    var tables = new TreeMap<String, List<String>>();
    for (var table : structure.tables()) {
      var documentTable =
          context.tables().stream()
              .filter(t -> t.name().equals(table.table().name()))
              .findFirst()
              .orElseThrow();
      var checks = new ArrayList<String>();
      for (var check : table.checks()) {
        if (check.name().isDefined() && leaveOut.contains(check.name().get())) {
          continue;
        }
        checks.add(
            translator
                .toNeutral(engine, check.condition(), documentTable)
                .getOrElse("untranslated: " + check.condition()));
      }
      checks.sort(null);
      tables.put(table.table().name(), checks);
    }
    return tables;
  }

  private String resource(String name) throws Exception {
    try (var in = getClass().getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
