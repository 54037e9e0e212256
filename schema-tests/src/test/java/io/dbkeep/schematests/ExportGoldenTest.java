package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exported DDL and the validation report of both documents of each of {@link
 * MigrationGoldenTest}'s pairs, pinned byte for byte in {@code golden/exports.txt} (SHA-256 per
 * pair and engine), so moving engine knowledge out of the validation rules and DDL writers into the
 * dialects cannot change a script or a message unnoticed. Re-recorded with {@code
 * -Ddbkeep.golden.write=true}.
 */
class ExportGoldenTest {

  private static final String RESOURCE = "golden/exports.txt";
  private static final Path SOURCE = Path.of("src/test/resources", RESOURCE);

  @Test
  void theDdlAndValidationOfEveryDocumentAreByteIdenticalToTheRecording() throws IOException {
    var lines = current();
    if (Boolean.getBoolean("dbkeep.golden.write")) {
      Files.createDirectories(SOURCE.getParent());
      Files.writeString(SOURCE, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
    List<String> recorded;
    try (var in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE + " on the test class path").isNotNull();
      recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertThat(recorded).as("recorded documents").hasSize(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i)).as("line %d of %s", i + 1, RESOURCE).isEqualTo(recorded.get(i));
    }
    for (var engine : Engine.values()) {
      var exported = " " + engine.name().charAt(0) + "=";
      assertThat(recorded.stream().filter(line -> line.contains(exported)).count())
          .as("documents exported on " + engine)
          .isGreaterThan(2500);
    }
  }

  /** One line per pair: per engine, the hash of both documents' reports and DDL. */
  private static List<String> current() {
    var lines = new ArrayList<String>();
    MigrationGoldenTest.pairs(
        (name, pair) -> {
          var line = new StringBuilder(name);
          for (var engine : Engine.values()) {
            var a = outcome(pair[0], engine);
            var b = outcome(pair[1], engine);
            line.append(' ')
                .append(engine.name().charAt(0))
                .append(a.startsWith(NOT_EXPORTED) || b.startsWith(NOT_EXPORTED) ? "!" : "=")
                .append(MigrationGoldenTest.hash(a + "\n#B\n" + b));
          }
          lines.add(line.toString());
        });
    return lines;
  }

  private static final String NOT_EXPORTED = "NOT EXPORTED";

  /** The DDL (or that there is none) after every problem of the report. */
  private static String outcome(SchemaDocument document, Engine engine) {
    var problems = new StringBuilder();
    SchemaValidator.validate(document, engine)
        .problems()
        .forEach(
            p ->
                problems
                    .append(p.severity())
                    .append(' ')
                    .append(p.code())
                    .append(' ')
                    .append(p.path())
                    .append(' ')
                    .append(p.message())
                    .append('\n'));
    var export = DdlExporter.export(document, engine);
    return (export.isRight() ? "" : NOT_EXPORTED + "\n")
        + problems
        + (export.isRight() ? export.get().sql() : "");
  }
}
