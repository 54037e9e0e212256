package io.dbkeep.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.testsupport.PostgresTestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** V40: projects stored before versions existed start their history with their current state. */
class ProjectVersionsMigrationTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  @Test
  void existingProjectsGetTheirCurrentStateAsVersionOne() throws SQLException {
    var fresh = "dbkeep_v10_" + Long.toHexString(System.nanoTime());
    try (var admin = DATABASE.connectAdmin()) {
      admin.createStatement().execute("create database " + fresh);
    }
    try (var pool = new com.zaxxer.hikari.HikariDataSource()) {
      pool.setJdbcUrl(DATABASE.jdbcUrlOf(fresh));
      pool.setUsername(DATABASE.user());
      pool.setPassword(DATABASE.password());
      org.flywaydb.core.Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration")
          .target("10")
          .load()
          .migrate();
      try (var connection = pool.getConnection()) {
        connection
            .createStatement()
            .execute(
                "insert into \"user\" (id, name, email) values ('u', 'U', 'u@example.com');"
                    + " insert into project (id, name, engine, data, user_id, owner_id, version,"
                    + " updated_at) values ('00000000-0000-0000-0000-000000000017', 'Old',"
                    + " 'MySQL', '{\"tables\":[{\"name\":\"kept\"}]}', 'u', 'u', 17,"
                    + " '2026-01-02T03:04:05Z')");
      }

      PostgresPersistence.migrate(pool);

      try (var connection = pool.getConnection();
          var result =
              connection
                  .createStatement()
                  .executeQuery(
                      "select number, revision, name, engine, data::text, author_id,"
                          + " created_at = '2026-01-02T03:04:05Z'::timestamptz, label, message"
                          + " from project_version")) {
        assertThat(result.next()).isTrue();
        assertThat(result.getLong(1)).isEqualTo(1);
        assertThat(result.getLong(2)).isEqualTo(17);
        assertThat(result.getString(3)).isEqualTo("Old");
        assertThat(result.getString(4)).isEqualTo("MySQL");
        assertThat(result.getString(5)).isEqualTo("{\"tables\": [{\"name\": \"kept\"}]}");
        assertThat(result.getString(6)).isEqualTo("u");
        assertThat(result.getBoolean(7)).isTrue();
        assertThat(result.getString(8)).isNull();
        assertThat(result.getString(9)).isNull();
        assertThat(result.next()).isFalse();
      }
    } finally {
      try (var admin = DATABASE.connectAdmin()) {
        admin.createStatement().execute("drop database if exists " + fresh);
      }
    }
  }
}
