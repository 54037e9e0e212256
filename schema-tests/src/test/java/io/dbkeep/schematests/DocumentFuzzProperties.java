package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.dbkeep.json.MalformedJsonException;
import io.dbkeep.json.SchemaDocumentJson;
import io.dbkeep.testsupport.JsonFuzz;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing of the document reader, the validator and the DDL exporter: hostile variants of the
 * corpus in {@code src/test/resources/fuzz/documents} (values replaced by awkward ones, members
 * dropped or duplicated, text cut and spliced — see {@link JsonFuzz}). Whatever the text, reading
 * either refuses it as malformed JSON or reports its problems; validation never throws for any
 * engine; a document valid for an engine exports; and what was read without problems writes and
 * reads back equal. The seed is fixed so CI runs the same inputs; change it (or raise the tries)
 * for a longer campaign.
 */
class DocumentFuzzProperties {

  private static final SchemaDocumentJson JSON = new SchemaDocumentJson();

  @Property(tries = 500, seed = "20261206", shrinking = ShrinkingMode.OFF)
  void anyVariantIsReadValidatedAndExportedWithoutACrash(@ForAll("variants") String text) {
    io.dbkeep.domain.schema.Decoded<io.dbkeep.domain.schema.SchemaDocument> read;
    try {
      read = JSON.readDocument(text);
    } catch (MalformedJsonException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      Statistics.label("read").collect("malformed");
      return;
    }
    Statistics.label("read").collect(read.problems().isEmpty() ? "clean" : "with problems");
    for (var engine : Engine.values()) {
      var report = SchemaValidator.validate(read, engine);
      Statistics.label("valid for " + engine).collect(report.isValid());
      if (report.isValid()) {
        var export = DdlExporter.export(read.value(), engine);
        assertThat(export.isRight())
            .as("a document valid for %s exports: %s", engine, export.swap().getOrNull())
            .isTrue();
        assertThat(export.get().sql()).isNotBlank();
      }
    }
    if (read.problems().isEmpty()) {
      var again = JSON.readDocument(JSON.write(read.value()));
      assertThat(again.problems()).isEmpty();
      assertThat(again.value()).isEqualTo(read.value());
    }
  }

  @Provide
  Arbitrary<String> variants() {
    var seeds = JsonFuzz.corpus(Path.of("src/test/resources/fuzz/documents"));
    return Combinators.combine(Arbitraries.of(seeds), Arbitraries.longs())
        .as((seed, random) -> JsonFuzz.mutate(seed, new Random(random), 6));
  }
}
