package io.dbkeep.bootstrap.cli;

import static io.dbkeep.bootstrap.cli.CliRun.dbkeep;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.testsupport.SqliteTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code dbkeep diff} through the real command line (in-process), its output run on SQLite. */
class DiffCommandTest {

  @RegisterExtension static final SqliteTestDatabase SQLITE = new SqliteTestDatabase();

  @TempDir Path folder;

  private static final String PERSON =
      """
      {"tables":[{"id":"t","name":"%s","columns":[
        {"id":"id","name":"id","type":"INTEGER","primaryKey":true,"nullable":false},
        {"id":"n","name":"%s","type":"VARCHAR","length":40,"nullable":true}%s]}],
       "relations":[]}
      """;

  private Path document(String name, String table, String column, String more) throws Exception {
    var file = folder.resolve(name);
    Files.writeString(file, PERSON.formatted(table, column, more));
    return file;
  }

  @Test
  void printsARenameThatKeepsTheRowsOnSqlite() throws Exception {
    var a = document("a.json", "person", "name", "");
    var b = document("b.json", "people", "full name", "");

    var run = dbkeep("diff", "--engine", "sqlite", a.toString(), b.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("RENAME TO \"people\"").doesNotContain("DROP");
    var database = SQLITE.newDatabase("diff");
    execute(database, dbkeep("sql", "--engine", "sqlite", a.toString()).out());
    execute(database, "INSERT INTO person VALUES (1, 'Ada')");
    execute(database, run.out());
    try (var connection = SqliteTestDatabase.connect(database);
        var rows = connection.createStatement().executeQuery("SELECT \"full name\" FROM people")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("Ada");
    }
    var down = dbkeep("diff", "--engine", "sqlite", "--down", a.toString(), b.toString());
    assertThat(down.status()).isZero();
    assertThat(down.out()).contains("RENAME TO \"person\"");
    execute(database, down.out());
  }

  @Test
  void noChangePrintsNothingAndExitCodeReportsChanges() throws Exception {
    var a = document("a.json", "person", "name", "");
    var b = document("b.json", "person", "nom", "");

    var same = dbkeep("diff", "--engine", "mysql", "--exit-code", a.toString(), a.toString());
    assertThat(same.status()).isZero();
    assertThat(same.out()).isEmpty();
    var changed = dbkeep("diff", "--engine", "mysql", "--exit-code", a.toString(), b.toString());
    assertThat(changed.status()).isEqualTo(1);
    assertThat(changed.out()).contains("RENAME COLUMN `name` TO `nom`");
  }

  @Test
  void destructiveStepsExitThreeWithNothingOnStandardOutputUnlessAllowed() throws Exception {
    var a =
        document(
            "a.json",
            "person",
            "name",
            ",{\"id\":\"x\",\"name\":\"extra\",\"type\":\"TEXT\",\"nullable\":true}");
    var b = document("b.json", "person", "name", "");

    var refused = dbkeep("diff", "--engine", "postgresql", a.toString(), b.toString());
    assertThat(refused.status()).isEqualTo(3);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).contains("person.extra").contains("--allow-destructive");
    var allowed =
        dbkeep("diff", "--engine", "postgresql", "--allow-destructive", a.toString(), b.toString());
    assertThat(allowed.status()).isZero();
    assertThat(allowed.out())
        .contains("-- DESTRUCTIVE: drops column person.extra")
        .contains("ALTER TABLE \"person\" DROP COLUMN \"extra\";");
  }

  @Test
  void anInvalidDocumentExitsOneWithItsProblems() throws Exception {
    var a = document("a.json", "person", "name", "");
    var b = document("b.json", "", "name", "");

    var run = dbkeep("diff", "--engine", "postgresql", a.toString(), b.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("b.json").contains("tables[0].name");
  }

  @Test
  void badUsageAndUnreadableFilesExitTwo() throws Exception {
    var a = document("a.json", "person", "name", "");
    var notJson = folder.resolve("x.json");
    Files.writeString(notJson, "{\"tables\": [");

    assertThat(dbkeep("diff", a.toString()).status()).isEqualTo(2);
    assertThat(dbkeep("diff", "--engine", "oracle", a.toString(), a.toString()).status())
        .isEqualTo(2);
    var missing = dbkeep("diff", a.toString(), folder.resolve("nope.json").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.json").contains("no such file");
    var broken = dbkeep("diff", a.toString(), notJson.toString());
    assertThat(broken.status()).isEqualTo(2);
    assertThat(broken.err()).contains("not valid JSON");
    assertThat(dbkeep("diff", "-", "-").status()).isEqualTo(2);
  }

  @Test
  void envelopesOfDifferentEnginesAreRefused() throws Exception {
    var body = PERSON.formatted("person", "name", "").strip();
    var inner = body.substring(1, body.length() - 1);
    var pg = folder.resolve("pg.json");
    var my = folder.resolve("my.json");
    Files.writeString(
        pg,
        "{\"version\":\"1.0\",\"project\":{\"name\":\"P\",\"engine\":\"PostgreSQL\","
            + inner
            + "}}");
    Files.writeString(
        my,
        "{\"version\":\"1.0\",\"project\":{\"name\":\"P\",\"engine\":\"MySQL\"," + inner + "}}");

    var run = dbkeep("diff", pg.toString(), my.toString());

    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("different engines").contains("PostgreSQL").contains("MySQL");
    assertThat(dbkeep("diff", pg.toString(), pg.toString()).status()).as("same engine").isZero();
  }

  private static void execute(Path database, String script) throws SQLException {
    try (var connection = SqliteTestDatabase.connect(database);
        var statement = connection.createStatement()) {
      for (var sql : script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
  }
}
