package io.dbkeep.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each helper hands out a real, empty, writable database. */
class TestDatabasesTest {

  @RegisterExtension static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();
  @RegisterExtension static final MariaDbTestDatabase MARIADB = new MariaDbTestDatabase();
  @RegisterExtension static final SqliteTestDatabase SQLITE = new SqliteTestDatabase();

  @Test
  void postgresIsFreshAndWritable() throws SQLException {
    try (var connection = POSTGRES.connect()) {
      var tables =
          connection
              .createStatement()
              .executeQuery("select count(*) from pg_tables where schemaname = 'public'");
      tables.next();
      assertThat(tables.getInt(1)).isZero();
      connection.createStatement().execute("create table t (id int)");
    }
  }

  @Test
  void mariaDbIsFreshUtf8mb4AndWritable() throws SQLException {
    try (var connection = MARIADB.connect()) {
      var charset =
          connection
              .createStatement()
              .executeQuery(
                  "select default_character_set_name from information_schema.schemata"
                      + " where schema_name = database()");
      charset.next();
      assertThat(charset.getString(1)).isEqualTo("utf8mb4");
      connection.createStatement().execute("create table t (id int)");
    }
  }

  @Test
  void sqliteFilesAreFreshAndWritable() throws SQLException {
    var file = SQLITE.newDatabase("probe");
    try (var connection = SqliteTestDatabase.connect(file)) {
      connection.createStatement().execute("create table t (id integer primary key)");
    }
    assertThat(file).exists();
  }

  @Test
  void postgresDropsItsDatabasesAfterTheClass() throws SQLException {
    var helper = new PostgresTestDatabase();
    helper.beforeAll(null);
    var own = helper.name();
    var another = helper.createAnotherDatabase("probe");

    helper.afterAll(null);

    try (var admin = POSTGRES.connectAdmin();
        var rows =
            admin
                .createStatement()
                .executeQuery(
                    "select count(*) from pg_database where datname in ('"
                        + own
                        + "', '"
                        + another
                        + "')")) {
      rows.next();
      assertThat(rows.getInt(1)).isZero();
    }
  }

  @Test
  void mariaDbDropsItsDatabasesAfterTheClass() throws SQLException {
    var helper = new MariaDbTestDatabase();
    helper.beforeAll(null);
    var own = helper.name();
    var another = helper.createDatabase("probe");

    helper.afterAll(null);

    try (var connection = MARIADB.connect();
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "select count(*) from information_schema.schemata where schema_name in ('"
                        + own
                        + "', '"
                        + another
                        + "')")) {
      rows.next();
      assertThat(rows.getInt(1)).isZero();
    }
  }
}
