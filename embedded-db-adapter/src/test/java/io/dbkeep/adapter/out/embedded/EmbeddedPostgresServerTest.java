package io.dbkeep.adapter.out.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL on real binaries, through one home's whole life: first start, a second
 * instance, a tool attaching, a clean stop, a restart with the data still there, a JVM "crash" that
 * leaves PostgreSQL running, and a stale pid file. One story, because each PostgreSQL start costs a
 * second or two.
 */
class EmbeddedPostgresServerTest {

  @TempDir Path home;

  private EmbeddedPostgresSettings settings() {
    var binaries = System.getProperty("dbkeep.test.binaries");
    return new EmbeddedPostgresSettings(
        home,
        binaries == null ? home.resolve("binaries") : Path.of(binaries),
        Duration.ofSeconds(60));
  }

  @Test
  void aHomeLivesThroughStartsStopsAndCrashes() throws Exception {
    var settings = settings();

    // first start: the database, its owner role and a private password file
    var first = EmbeddedPostgresServer.start(settings);
    var postmaster = first.postmaster().orElseThrow();
    long projectId;
    try {
      var connection = first.connection();
      assertThat(connection.host()).isEqualTo("127.0.0.1");
      assertThat(connection.user()).isEqualTo("dbkeep");
      assertThat(connection.toString()).doesNotContain(connection.password());
      assertThat(first.describe())
          .contains("embedded PostgreSQL 17", home.resolve("postgres").toString())
          .doesNotContain(connection.password());
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(home.resolve("database-passwords"))))
          .isEqualTo("rw-------");
      assertThat(Files.readString(home.resolve("database-passwords")))
          .contains(connection.password());
      var superuser = DatabasePasswords.read(home).orElseThrow().superuser();
      try (var db = connect(connection, "postgres", "postgres", superuser);
          var rows =
              db.createStatement()
                  .executeQuery(
                      "select current_setting('listen_addresses'),"
                          + " current_setting('unix_socket_directories'),"
                          + " current_setting('fsync'), current_setting('synchronous_commit'),"
                          + " (select datdba::regrole::text from pg_database"
                          + " where datname = 'dbkeep'),"
                          + " (select rolsuper from pg_roles where rolname = 'dbkeep')")) {
        rows.next();
        assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
        assertThat(rows.getString(2)).as("no Unix socket").isEmpty();
        assertThat(rows.getString(3)).isEqualTo("on");
        assertThat(rows.getString(4)).isEqualTo("on");
        assertThat(rows.getString(5)).as("owner of the database").isEqualTo("dbkeep");
        assertThat(rows.getBoolean(6)).as("the owner is a superuser").isFalse();
      }
      try (var db = connect(connection, connection.password());
          var statement = db.createStatement()) {
        statement.execute("create table project (id bigint primary key, name text)");
        statement.execute("insert into project values (1, 'kept')");
        projectId = 1;
      }
      assertThatThrownBy(() -> connect(connection, "wrong-password"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");

      // a second instance on the same home refuses, naming the running one
      assertThatThrownBy(() -> EmbeddedPostgresServer.start(settings))
          .isInstanceOf(EmbeddedPostgresException.InUse.class)
          .hasMessageContaining("already running")
          .hasMessageContaining(home.toString())
          .hasMessageContaining("process " + ProcessHandle.current().pid());

      // a command-line tool uses the running PostgreSQL instead
      try (var tool = EmbeddedPostgresServer.startOrAttach(settings)) {
        assertThat(tool.owned()).isFalse();
        assertThat(tool.connection().port()).isEqualTo(connection.port());
        try (var db = connect(tool.connection(), tool.connection().password())) {
          assertThat(db.isValid(2)).isTrue();
        }
      }
      assertThat(postmaster.isAlive())
          .as("closing an attached tool leaves PostgreSQL running")
          .isTrue();
    } finally {
      first.close();
    }

    // a clean stop: no PostgreSQL, no lock files
    assertThat(postmaster.isAlive()).isFalse();
    assertThat(home.resolve("dbkeep.lock")).doesNotExist();
    assertThat(home.resolve("postgres/epg-lock")).doesNotExist();
    assertThat(home.resolve("postgres/postmaster.pid")).doesNotExist();

    // a restart finds the data; then the JVM "dies": the lock is gone, PostgreSQL keeps running
    var second = EmbeddedPostgresServer.start(settings);
    var orphan = second.postmaster().orElseThrow();
    try (var db = connect(second.connection(), second.connection().password());
        var rows =
            db.createStatement().executeQuery("select name from project where id = " + projectId)) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("kept");
    }
    second.abandon();
    assertThat(orphan.isAlive()).isTrue();

    // the next start stops the orphan and recovers
    var third = EmbeddedPostgresServer.start(settings);
    try {
      assertThat(orphan.isAlive()).as("the orphaned PostgreSQL was stopped").isFalse();
      try (var db = connect(third.connection(), third.connection().password());
          var rows = db.createStatement().executeQuery("select count(*) from project")) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(1);
      }
    } finally {
      third.close();
    }

    // a stale pid file whose process id now belongs to another program (here: this JVM)
    Files.writeString(
        home.resolve("postgres/postmaster.pid"),
        ProcessHandle.current().pid() + "\n" + home.resolve("postgres") + "\n0\n5432\n\n\n\n");
    var fourth = EmbeddedPostgresServer.start(settings);
    try {
      assertThat(fourth.postmaster().orElseThrow().pid())
          .isNotEqualTo(ProcessHandle.current().pid());
    } finally {
      fourth.close();
    }
    assertThat(home.resolve("dbkeep.lock")).doesNotExist();
  }

  @Test
  void aDirectoryThatIsNotADataDirectoryIsNotTouched() throws Exception {
    Files.createDirectories(home.resolve("postgres"));
    Files.writeString(home.resolve("postgres/notes.txt"), "mine");

    assertThatThrownBy(() -> EmbeddedPostgresServer.start(settings()))
        .isInstanceOf(EmbeddedPostgresException.class)
        .hasMessageContaining("holds no PostgreSQL data directory");
    assertThat(home.resolve("postgres/notes.txt")).hasContent("mine");
    assertThat(home.resolve("dbkeep.lock")).doesNotExist();
  }

  @Test
  void aDataDirectoryWithoutItsPasswordsIsRefusedWithAClearMessage() throws Exception {
    Files.createDirectories(home.resolve("postgres"));
    Files.writeString(home.resolve("postgres/PG_VERSION"), "17\n");

    assertThatThrownBy(() -> EmbeddedPostgresServer.start(settings()))
        .isInstanceOf(EmbeddedPostgresException.class)
        .hasMessageContaining("database-passwords is missing");
  }

  private static java.sql.Connection connect(EmbeddedPostgresConnection connection, String password)
      throws SQLException {
    return connect(connection, connection.database(), connection.user(), password);
  }

  private static java.sql.Connection connect(
      EmbeddedPostgresConnection connection, String database, String user, String password)
      throws SQLException {
    var properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    return DriverManager.getConnection(
        "jdbc:postgresql://" + connection.host() + ":" + connection.port() + "/" + database,
        properties);
  }
}
