package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.sql.MigrationPlanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The migration SQL of thousands of document pairs, pinned byte for byte: for fixed seeds of the
 * migration property tests' generators (and the hand-written pairs), the up and down migration on
 * every engine is hashed (SHA-256 of the script, its warnings, or the refusal) and compared with
 * {@code golden/migrations.txt}. It guards refactorings of the migration writer that must not
 * change one byte of output; a deliberate change of the SQL re-records the file with {@code
 * -Ddbkeep.golden.write=true} (and says why in its commit).
 */
class MigrationGoldenTest {

  private static final String RESOURCE = "golden/migrations.txt";
  private static final Path SOURCE = Path.of("src/test/resources", RESOURCE);

  /** Seeds per family; the recorded file holds exactly these. */
  private static final int EVOLVING = 1500;

  private static final int EVOLVING_TWICE = 500;
  private static final int RANDOM = 1000;

  @Test
  void theMigrationSqlOfEverySeedIsByteIdenticalToTheRecording() throws IOException {
    var lines = current();
    if (Boolean.getBoolean("dbkeep.golden.write")) {
      Files.createDirectories(SOURCE.getParent());
      Files.writeString(SOURCE, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
    var recorded = recorded();
    assertThat(recorded).as("recorded pairs").hasSize(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i))
          .as("line %d of %s (re-run the pair to see its SQL)", i + 1, RESOURCE)
          .isEqualTo(recorded.get(i));
    }
  }

  /** A one-byte change of a script changes its line: the hash is not blind to it. */
  @Test
  void aChangedByteChangesTheHash() {
    assertThat(hash("ALTER TABLE \"a\" DROP COLUMN \"b\";\n"))
        .isNotEqualTo(hash("ALTER TABLE \"a\" DROP COLUMN \"c\";\n"))
        .isNotEqualTo(hash("ALTER TABLE \"a\" DROP COLUMN \"b\";"));
  }

  /** Each engine plans thousands of the recorded migrations, so the recording is not vacuous. */
  @Test
  void theRecordingHoldsPlannedMigrationsOnEveryEngine() throws IOException {
    var recorded = recorded();
    for (var engine : Engine.values()) {
      var planned = " " + engine.name().charAt(0) + "=";
      assertThat(recorded.stream().filter(line -> line.contains(planned)).count())
          .as("planned migrations on " + engine)
          .isGreaterThan(3000);
    }
  }

  private static List<String> recorded() throws IOException {
    try (var in = MigrationGoldenTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE + " on the test class path").isNotNull();
      var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().toList();
    }
  }

  /** One line per pair: its name, then per engine the hash of the up and down outcome. */
  static List<String> current() {
    var lines = new ArrayList<String>();
    pairs(
        (name, pair) -> {
          var line = new StringBuilder(name);
          for (var engine : Engine.values()) {
            var up = text(pair[0], pair[1], engine);
            var down = text(pair[1], pair[0], engine);
            line.append(' ')
                .append(engine.name().charAt(0))
                .append(up.startsWith("REFUSED") ? "!" : "=")
                .append(hash(up + "\n#down\n" + down));
          }
          lines.add(line.toString());
        });
    return lines;
  }

  /** Every pair, named by its family and seed. */
  static void pairs(BiConsumer<String, SchemaDocument[]> each) {
    for (long seed = 1; seed <= EVOLVING; seed++) {
      var generator = new EvolvingDocuments(seed);
      var a = generator.document();
      each.accept("evolving:" + seed, new SchemaDocument[] {a, generator.mutate(a)});
    }
    for (long seed = 1; seed <= EVOLVING_TWICE; seed++) {
      var generator = new EvolvingDocuments(seed * 7919);
      var a = generator.document();
      each.accept(
          "evolving-twice:" + seed,
          new SchemaDocument[] {a, generator.mutate(generator.mutate(a))});
    }
    for (long seed = 1; seed <= RANDOM; seed++) {
      // two unrelated documents whose generated ids coincide: many changes of every kind at once
      var a = RandomDocuments.generate(seed);
      each.accept(
          "random:" + seed, new SchemaDocument[] {a, RandomDocuments.generate(seed + 100_000)});
      SchemaDocument b;
      try {
        b = new EvolvingDocuments(seed).mutate(a);
      } catch (RuntimeException mutationNeedsAKeyedTable) {
        continue; // the mutations assume one integer key per table; not every random table has it
      }
      each.accept("random-mutated:" + seed, new SchemaDocument[] {a, b});
    }
    HandWrittenPairs.all()
        .forEach((name, pair) -> each.accept("hand:" + name.replace(' ', '_'), pair));
  }

  /** What the planner gives for one direction, as text: the script and warnings, or the refusal. */
  static String text(SchemaDocument from, SchemaDocument to, Engine engine) {
    return MigrationPlanner.plan(from, to, engine)
        .fold(
            refusal -> "REFUSED " + refusal.code() + " " + refusal.message(),
            migration -> {
              var text = new StringBuilder(migration.sql());
              migration
                  .warnings()
                  .forEach(
                      w ->
                          text.append("\n#warning ")
                              .append(w.code())
                              .append(' ')
                              .append(w.path())
                              .append(' ')
                              .append(w.message()));
              return text.toString();
            });
  }

  static String hash(String text) {
    try {
      var digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
