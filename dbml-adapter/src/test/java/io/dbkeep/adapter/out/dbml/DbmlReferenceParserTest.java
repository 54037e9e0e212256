package io.dbkeep.adapter.out.dbml;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-check with the reference parser, dbdiagram's {@code @dbml/core} (installed by {@code npm
 * ci} from {@code src/test/node}'s lock file at generate-test-resources, run by Node): over the
 * corpus and over what our writer makes of it, both parsers count the same tables, columns,
 * references (per column pair), enums and table groups — and @dbml/core accepts everything our
 * writer writes. Node or the package missing fails the test; it is never skipped.
 */
class DbmlReferenceParserTest {

  private static final Path NODE_PROJECT = Path.of("src/test/node");
  private static final Path CORPUS =
      Path.of("src/test/resources/io/dbkeep/adapter/out/dbml/corpus");
  private static final Pattern FIELD =
      Pattern.compile("\"(\\w+)\":(\\d+|\"(?:[^\"\\\\]|\\\\.)*\")");

  @TempDir Path written;

  @Test
  void theReferenceParserCountsWhatWeReadAndAcceptsWhatWeWrite() throws Exception {
    var files = new ArrayList<Path>();
    try (var corpus = Files.list(CORPUS)) {
      corpus.filter(p -> p.toString().endsWith(".dbml")).sorted().forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(3);
    var reader = new DbmlSchemaReader();
    var writer = new DbmlSchemaWriter();
    var expected = new LinkedHashMap<Path, Map<String, Integer>>();
    for (var file : new ArrayList<>(files)) {
      var read = reader.read(Files.readString(file));
      assertThat(read.isRight()).as("%s: %s", file, read).isTrue();
      expected.put(file.toAbsolutePath(), counts(read.get().document()));
      var again = written.resolve("written-" + file.getFileName());
      Files.writeString(again, writer.text(read.get().document(), Engine.POSTGRESQL));
      expected.put(again.toAbsolutePath(), counts(read.get().document()));
    }
    var reference = runReference(new ArrayList<>(expected.keySet()));
    for (var entry : expected.entrySet()) {
      var answer = reference.get(entry.getKey().toString());
      assertThat(answer).as("@dbml/core's answer for %s", entry.getKey()).isNotNull();
      assertThat(answer).as("%s", entry.getKey()).doesNotContainKey("error");
      assertThat(answer).as("%s", entry.getKey()).containsAllEntriesOf(entry.getValue());
    }
  }

  private static Map<String, Integer> counts(SchemaDocument document) {
    var counts = new LinkedHashMap<String, Integer>();
    counts.put("tables", document.tables().size());
    counts.put("columns", document.tables().stream().mapToInt(t -> t.columns().size()).sum());
    counts.put("refs", document.relations().size());
    counts.put("enums", document.enums().size());
    counts.put("groups", document.groups().size());
    counts.put("checks", document.tables().stream().mapToInt(t -> t.checks().size()).sum());
    return counts;
  }

  /** {@code node counts.js FILES…}: one JSON object per line, by file. */
  private static Map<String, Map<String, Object>> runReference(List<Path> files)
      throws IOException, InterruptedException {
    assertThat(NODE_PROJECT.resolve("node_modules/@dbml/core"))
        .as("npm ci in %s (the build runs it at generate-test-resources)", NODE_PROJECT)
        .exists();
    var command = new ArrayList<String>(List.of("node", "counts.js"));
    files.forEach(file -> command.add(file.toString()));
    var process =
        new ProcessBuilder(command)
            .directory(NODE_PROJECT.toFile())
            .redirectErrorStream(true)
            .start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("node finished").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    var answers = new LinkedHashMap<String, Map<String, Object>>();
    for (var line : output.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      var fields = new LinkedHashMap<String, Object>();
      var matcher = FIELD.matcher(line);
      while (matcher.find()) {
        var value = matcher.group(2);
        fields.put(
            matcher.group(1),
            value.startsWith("\"")
                ? value.substring(1, value.length() - 1)
                : Integer.valueOf(value));
      }
      answers.put((String) fields.get("file"), fields);
    }
    return answers;
  }
}
