package io.dbkeep.bootstrap.studio;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.Main;
import io.dbkeep.json.SchemaDocumentJson;
import io.dbkeep.testsupport.SqliteTestDatabase;
import java.nio.file.Files;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code dbkeep introspect}: a live database as a schema document, through the command line. */
class IntrospectCommandTest {

  @RegisterExtension static final SqliteTestDatabase SQLITE = new SqliteTestDatabase();

  @Test
  void writesTheDocumentOfALiveDatabase() throws Exception {
    var file = SQLITE.newDatabase("introspect");
    try (var connection = DriverManager.getConnection(SqliteTestDatabase.jdbcUrl(file));
        var statement = connection.createStatement()) {
      statement.execute(
          "create table author (id integer primary key autoincrement, name varchar(80) not null unique)");
      statement.execute(
          "create table book (id integer primary key autoincrement, author_id integer not null"
              + " references author (id) on delete cascade, title text not null)");
    }
    var out = file.resolveSibling("schema.json");
    var exit =
        Main.run("introspect", "--database-url", "jdbc:sqlite:" + file, "--out", out.toString());
    assertThat(exit).isZero();
    var read = new SchemaDocumentJson().readDocument(Files.readString(out));
    assertThat(read.problems()).isEmpty();
    var document = read.value();
    assertThat(document.tables()).extracting(t -> t.name()).containsExactly("author", "book");
    assertThat(document.tables().get(0).columns().get(1).unique()).isTrue();
    assertThat(document.relations()).hasSize(1);
    assertThat(document.relations().get(0).onDelete().get().sql()).isEqualTo("CASCADE");

    assertThat(
            Main.run(
                "introspect",
                "--database-url",
                "jdbc:sqlite:" + file,
                "--schema",
                "nope",
                "--out",
                out.toString()))
        .isEqualTo(1);
    assertThat(Main.run("introspect", "--database-url", "jdbc:sqlite:/no/such.db")).isEqualTo(2);
  }

  @Test
  void keepsTheChecksAndWarnsAboutThoseItCannotCarry() throws Exception {
    var file = SQLITE.newDatabase("introspect-checks");
    try (var connection = DriverManager.getConnection(SqliteTestDatabase.jdbcUrl(file));
        var statement = connection.createStatement()) {
      statement.execute(
          "create table item (id integer primary key, qty integer check ([qty] > 0),"
              + " code text constraint \"code ) -- ok\" check (code <> ')--'),"
              + " constraint code_glob check (code glob '[a-z]*'))");
    }
    var out = file.resolveSibling("checks.json");
    var err = new java.io.ByteArrayOutputStream();
    var previous = System.err;
    int exit;
    System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      exit =
          Main.run("introspect", "--database-url", "jdbc:sqlite:" + file, "--out", out.toString());
    } finally {
      System.setErr(previous);
    }

    assertThat(exit).isZero();
    var read = new SchemaDocumentJson().readDocument(Files.readString(out));
    assertThat(read.problems()).isEmpty();
    var checks = read.value().tables().get(0).checks();
    assertThat(checks).extracting(c -> c.expression()).containsExactly("qty > 0", "code <> ')--'");
    assertThat(checks.get(1).name().get()).isEqualTo("code ) -- ok");
    assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("warning: tables[0].checks: Check code_glob of item");
  }
}
