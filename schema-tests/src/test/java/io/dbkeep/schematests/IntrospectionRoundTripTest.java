package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.out.studio.StudioDatabase;
import io.dbkeep.application.service.studio.IntrospectDatabaseService;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.domain.studio.DatabaseStructure;
import io.dbkeep.json.SchemaDocumentJson;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
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

  @RegisterExtension static final FreshDatabases DATABASES = new FreshDatabases("round trip");

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
      var a = DATABASES.fresh(engine, "round_a");
      a.execute(first, engine);

      SchemaDocument introspected;
      DatabaseStructure structureA;
      java.util.Set<String> notCarried;
      try (var studio = StudioDatabase.open(a.settings())) {
        var result =
            new IntrospectDatabaseService(studio.catalog()).introspect(Option.none()).get();
        introspected = result.document();
        structureA = studio.catalog().readStructure();
        // The introspected document is valid for the engine; what it could not carry (defaults the
        // document rules do not accept) is reported and left out below. Composite foreign keys
        // (the junction table of an N:M over a composite key) are carried whole.
        assertThat(result.warnings())
            .as(engine + ": " + result.warnings())
            .noneMatch(w -> w.message().startsWith("Not valid as a document"));
        notCarried = notCarriedDefaults(result.warnings(), introspected);
      }
      assertThat(introspected.tables()).hasSameSizeAs(structureA.tables());

      var second = DdlExporter.export(introspected, engine);
      assertThat(second.isRight()).as(engine + " " + second).isTrue();
      var b = DATABASES.fresh(engine, "round_b");
      b.execute(second.get().sql(), engine);

      try (var ca = a.connect();
          var cb = b.connect()) {
        assertThat(CatalogComparison.shape(engine, cb))
            .as(engine + ": the independent catalog reader")
            .isEqualTo(CatalogComparison.shape(engine, ca));
      }
      try (var studio = StudioDatabase.open(b.settings())) {
        var actual =
            CatalogComparison.normalized(
                engine, studio.catalog().readStructure(), java.util.Set.of());
        var expected = CatalogComparison.normalized(engine, structureA, notCarried);
        assertThat(actual.keySet()).as(engine + ": tables").isEqualTo(expected.keySet());
        for (var table : expected.keySet()) {
          assertThat(actual.get(table))
              .as(engine + ": table " + table)
              .isEqualTo(expected.get(table));
        }
      }
    }
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
}
