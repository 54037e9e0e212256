package io.dbkeep.bootstrap.cli;

import static io.dbkeep.bootstrap.cli.CliRun.dbkeep;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files no schema command was written for: an endless input ({@code /dev/zero}), a directory, an
 * output of {@code -}, and an output file whose write fails midway. Each is exit status 2 with one
 * line naming the file, never an OutOfMemoryError's stack trace, a file named {@code -}, or a
 * previous output destroyed by a half-written new one.
 */
class CliHostileFilesTest {

  @TempDir Path folder;

  private static final String DOCUMENT =
      """
      {"tables":[{"id":"t","name":"person","position":{"x":10,"y":20},"columns":[
        {"id":"id","name":"id","type":"INTEGER","primaryKey":true,"nullable":false}]}]}
      """;

  private Path document() throws Exception {
    var file = folder.resolve("doc.json");
    Files.writeString(file, DOCUMENT);
    return file;
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void anEndlessInputIsRefusedWithExitTwoNotReadUntilMemoryRunsOut() throws Exception {
    var doc = document().toString();
    var runs =
        List.of(
            dbkeep("diff", doc, "/dev/zero"),
            dbkeep("diff", "/dev/zero", doc),
            dbkeep("sql", "/dev/zero"),
            dbkeep("validate", "/dev/zero"),
            dbkeep("export", "--to", "dbml", "/dev/zero"),
            dbkeep("import", "--from", "postgresql", "/dev/zero"));
    for (var run : runs) {
      assertThat(run.status()).as(run.err()).isEqualTo(2);
      assertThat(run.err()).contains("/dev/zero").contains("64 MiB").doesNotContain("\tat ");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void aDirectoryIsRefusedWithExitTwo() throws Exception {
    var run = dbkeep("import", "--from", "sqlite", folder.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains(folder.toString()).contains("directory");
    var diff = dbkeep("diff", document().toString(), folder.toString());
    assertThat(diff.status()).isEqualTo(2);
    assertThat(diff.err()).contains("directory");
  }

  @Test
  void outputDashIsStandardOutputNotAFileNamedDash() throws Exception {
    var workingDirectory = Path.of("").toAbsolutePath();
    var dash = workingDirectory.resolve("-");
    Files.deleteIfExists(dash);

    var run = dbkeep("export", "--to", "svg", document().toString(), "-o", "-");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(dash).doesNotExist();
    assertThat(run.out()).contains("<svg").contains(">person</text>");
  }

  @Test
  void writingIntoAMissingDirectoryIsExitTwoAndCreatesNothing() throws Exception {
    var target = folder.resolve("missing").resolve("out.svg");
    var run = dbkeep("export", "--to", "svg", document().toString(), "-o", target.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains(target.toString()).contains("no such file");
    assertThat(folder.resolve("missing")).doesNotExist();
  }

  @Test
  void anExistingOutputIsReplacedWhole() throws Exception {
    var target = folder.resolve("out.svg");
    Files.writeString(target, "x".repeat(100_000));
    var run = dbkeep("export", "--to", "svg", document().toString(), "-o", target.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(target))
        .startsWith("<?xml")
        .contains("</svg>")
        .doesNotContain("xxx");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void anOutputThatIsASymbolicLinkStaysOneAndItsFileIsReplaced() throws Exception {
    var real = folder.resolve("real.svg");
    Files.writeString(real, "old");
    var link = Files.createSymbolicLink(folder.resolve("link.svg"), real);

    var run = dbkeep("export", "--to", "svg", document().toString(), "-o", link.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).contains("<svg");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aWriteThatFailsMidwayLeavesThePreviousFileAndNoPieceOfTheNewOne() throws Exception {
    var tables = new StringBuilder("{\"tables\":[");
    for (int i = 0; i < 300; i++) {
      tables
          .append(i == 0 ? "" : ",")
          .append("{\"id\":\"t")
          .append(i)
          .append("\",\"name\":\"table_")
          .append(i)
          .append("\",\"position\":{\"x\":")
          .append(i * 20)
          .append(",\"y\":0},\"columns\":[{\"id\":\"c\",\"name\":\"id\",\"type\":\"INT\"}]}");
    }
    var large = folder.resolve("large.json");
    Files.writeString(large, tables.append("]}").toString());
    var target = folder.resolve("diagram.svg");
    Files.writeString(target, "the diagram of yesterday\n");

    // a file size limit of 8 KiB: the SVG of 300 tables is far larger, so its write fails midway
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var command = new ArrayList<String>();
    command.addAll(List.of("bash", "-c", "ulimit -f 8; exec \"$0\" \"$@\""));
    command.addAll(
        List.of(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "export",
            "--to",
            "svg",
            large.toString(),
            "-o",
            target.toString()));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("DBKEEP_JVM_RELAUNCH", "false");
    var process = builder.start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isEqualTo(2);
    assertThat(output).contains("cannot write " + target).contains("unchanged");
    assertThat(Files.readString(target)).isEqualTo("the diagram of yesterday\n");
    assertThat(leftovers()).isEmpty();
  }

  private List<Path> leftovers() throws Exception {
    try (var files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
