package io.dbkeep.bootstrap.cli;

import static io.dbkeep.bootstrap.cli.CliRun.dbkeep;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.HostileDiagrams;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dbkeep export} through the real command line (in-process), with the real writers. */
class ExportCommandTest {

  @TempDir Path folder;

  private static final String DOCUMENT =
      """
      {"tables":[{"id":"t","name":"person","position":{"x":10,"y":20},"columns":[
        {"id":"id","name":"id","type":"INTEGER","primaryKey":true,"nullable":false},
        {"id":"n","name":"name","type":"VARCHAR","length":0,"nullable":true}]}],
       "relations":[]}
      """;

  private Path document() throws Exception {
    var file = folder.resolve("doc.json");
    Files.writeString(file, DOCUMENT);
    return file;
  }

  @AfterEach
  void noTerminal() {
    ExportCommand.terminal = () -> System.console() != null;
  }

  @Test
  void writesDbmlAndMermaidToStandardOutputEvenWithSemanticErrors() throws Exception {
    var dbml = dbkeep("export", "--to", "dbml", "--engine", "sqlite", document().toString());
    assertThat(dbml.status()).as(dbml.err()).isZero();
    assertThat(dbml.out())
        .contains("database_type: 'SQLite'")
        .contains("Table person {")
        .contains("  \"name\" varchar(0)");
    var mermaid = dbkeep("export", "--to", "mermaid", document().toString());
    assertThat(mermaid.out()).startsWith("erDiagram\n").contains("person {");
  }

  @Test
  void writesSvgAndPngToAFile() throws Exception {
    var svg = folder.resolve("out.svg");
    assertThat(
            dbkeep("export", "--to", "svg", document().toString(), "-o", svg.toString()).status())
        .isZero();
    assertThat(Files.readString(svg)).contains("<svg").contains(">person</text>");
    var png = folder.resolve("out.png");
    var run = dbkeep("export", "-t", "png", document().toString(), "-o", png.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)))).isNotNull();
  }

  @Test
  void pngIsNotWrittenToATerminal() throws Exception {
    ExportCommand.terminal = () -> true;
    var run = dbkeep("export", "--to", "png", document().toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("name a file with -o");
  }

  @Test
  void badUsageIsTwoAndAnUnreadableDocumentIsOne() throws Exception {
    assertThat(dbkeep("export", "--to", "pdf", document().toString()).status()).isEqualTo(2);
    assertThat(
            dbkeep("export", "--to", "svg", "--engine", "oracle", document().toString()).status())
        .isEqualTo(2);
    assertThat(dbkeep("export", document().toString()).status()).isEqualTo(2);
    assertThat(dbkeep("export", "--to", "svg", folder.resolve("missing.json").toString()).err())
        .contains("no such file");
    var notJson = folder.resolve("x.json");
    Files.writeString(notJson, "{oops");
    assertThat(dbkeep("export", "--to", "svg", notJson.toString()).status()).isEqualTo(2);
    var array = folder.resolve("a.json");
    Files.writeString(array, "[1]");
    var unreadable = dbkeep("export", "--to", "dbml", array.toString());
    assertThat(unreadable.status()).isEqualTo(1);
    assertThat(unreadable.out()).isEmpty();
    assertThat(unreadable.err()).contains("is not a schema document");
    var noFolder = folder.resolve("nowhere/out.svg");
    assertThat(
            dbkeep("export", "--to", "svg", document().toString(), "-o", noFolder.toString())
                .status())
        .isEqualTo(2);
  }

  @Test
  void hostileDiagramsAreRasterisedWithinTheImageLimits() throws Exception {
    for (var document :
        new String[] {
          HostileDiagrams.farApart(1e300),
          HostileDiagrams.farApart(1e9),
          HostileDiagrams.many(2_500, 3)
        }) {
      var file = folder.resolve("hostile.json");
      Files.writeString(file, document);
      var png = folder.resolve("hostile.png");
      var run = dbkeep("export", "--to", "png", file.toString(), "-o", png.toString());
      assertThat(run.status()).as(run.err()).isZero();
      HostileDiagrams.assertBoundedPng(Files.readAllBytes(png));
    }
  }

  @Test
  void positionsBeyondTheDocumentsRangeAreExitOneNamingTheLimit() throws Exception {
    var file = folder.resolve("far.json");
    Files.writeString(file, HostileDiagrams.farApart(Double.MAX_VALUE));
    var run =
        dbkeep("export", "--to", "png", file.toString(), "-o", folder.resolve("x.png").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("tables[0].position.x").contains("1e300");
    assertThat(folder.resolve("x.png")).doesNotExist();
  }
}
