package io.dbkeep.bootstrap.cli;

import static io.dbkeep.bootstrap.cli.CliRun.dbkeep;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.json.SchemaDocumentJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dbkeep import} through the real command line (in-process) with the real SQL readers. */
class ImportCommandTest {

  @TempDir Path folder;

  @Test
  void printsTheDocumentAsJsonAndTheWarningsWithTheirLinesOnStandardError() throws Exception {
    var file = folder.resolve("dump.sql");
    Files.writeString(
        file,
        "SET statement_timeout = 0;\n"
            + "CREATE TABLE public.users (id serial PRIMARY KEY, email varchar(80) NOT NULL UNIQUE);\n"
            + "CREATE TABLE public.posts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
            + "  author int REFERENCES public.users ON DELETE CASCADE);\n");

    var run = dbkeep("import", "--from", "postgresql", file.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).contains("line 1: STATEMENT_NOT_KEPT SET statement_timeout");
    var decoded = new SchemaDocumentJson().readDocument(run.out());
    assertThat(decoded.problems()).isEmpty();
    var document = decoded.value();
    assertThat(document.tables()).extracting(t -> t.name()).containsExactly("users", "posts");
    assertThat(document.tables()).allSatisfy(t -> assertThat(t.position()).isNotEmpty());
    assertThat(document.relations()).hasSize(1);
    var roundTrip =
        dbkeep("sql", "--engine", "postgresql", writeTo("doc.json", run.out()).toString());
    assertThat(roundTrip.status()).as(roundTrip.err()).isZero();
    assertThat(roundTrip.out())
        .contains("SERIAL")
        .contains("BIGSERIAL")
        .contains("ON DELETE CASCADE");
  }

  @Test
  void dbmlIsImportedThroughTheSameCommand() throws Exception {
    var file =
        writeTo("schema.dbml", "Table users {\n  id integer [pk]\n  email varchar [not null]\n}\n");

    var run = dbkeep("import", "--from", "dbml", file.toString());

    assertThat(run.status()).as(run.err()).isZero();
    var document = new SchemaDocumentJson().readDocument(run.out()).value();
    assertThat(document.tables()).extracting(t -> t.name()).containsExactly("users");
  }

  @Test
  void aSyntaxErrorExitsOneWithFileLineAndColumnAndPrintsNoDocument() throws Exception {
    var file = writeTo("broken.sql", "CREATE TABLE t (\n  a int,\n  b int NOT,\n  c int);\n");

    var run = dbkeep("import", "--from", "mysql", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains(file + ":3:12: ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void badUsageAndUnreadableFilesExitTwo() throws Exception {
    var file = writeTo("ok.sql", "CREATE TABLE t (a int);");
    assertThat(dbkeep("import", "--from", "oracle", file.toString()).status()).isEqualTo(2);
    assertThat(dbkeep("import", file.toString()).status()).isEqualTo(2);
    var missing = dbkeep("import", "--from", "sqlite", folder.resolve("nope.sql").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read");
    var latin1 = folder.resolve("latin1.sql");
    Files.write(latin1, new byte[] {'-', '-', ' ', (byte) 0xE9, '\n'});
    assertThat(dbkeep("import", "--from", "sqlite", latin1.toString()).status()).isEqualTo(2);
  }

  private Path writeTo(String name, String text) throws Exception {
    var file = folder.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
