package io.dbkeep.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.testsupport.PostgresTestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MigrationsTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  @Test
  void migrationsCreateTheSeedTablesAndHibernateAcceptsThem() throws SQLException {
    try (var persistence =
        PostgresPersistence.start(
            PersistenceSettings.of(DATABASE.jdbcUrl(), DATABASE.user(), DATABASE.password()))) {
      assertThat(persistence.databaseHealth().isReachable()).isTrue();
    }

    assertThat(rows("select table_name from information_schema.tables where table_schema='public'"))
        .contains("user", "session", "account", "verification", "project");
    assertThat(
            rows(
                "select column_name || ':' || data_type from information_schema.columns"
                    + " where table_name = 'project' order by column_name"))
        .contains(
            "data:jsonb",
            "engine:text",
            "owner_id:text",
            "owner_type:text",
            "version:bigint",
            "created_at:timestamp with time zone",
            "updated_at:timestamp with time zone");
    assertThat(
            rows(
                "select column_default from information_schema.columns"
                    + " where table_name = 'project' and column_name = 'engine'"))
        .containsExactly("'PostgreSQL'::text");
    assertThat(
            rows(
                "select indexdef from pg_indexes where indexname = 'project_user_id_updated_at_idx'"))
        .singleElement()
        .asString()
        .contains("(user_id, updated_at DESC)");
    assertThat(
            rows(
                "select tc.table_name || ':' || rc.delete_rule from information_schema.referential_constraints rc"
                    + " join information_schema.table_constraints tc on tc.constraint_name = rc.constraint_name"
                    + " order by 1"))
        .containsExactly(
            "account:CASCADE", "project:CASCADE", "project_version:CASCADE", "session:CASCADE");
    assertThat(rows("select column_name from information_schema.columns where table_name = 'user'"))
        .contains("role", "banned", "ban_reason", "ban_expires");
  }

  @Test
  void creatingAnExistingDatabaseIsANoOpAndAMissingOneIsCreated() throws SQLException {
    var settings = PersistenceSettings.of(DATABASE.jdbcUrl(), DATABASE.user(), DATABASE.password());
    assertThat(DatabaseCreator.ensureExists(settings)).isFalse();

    var fresh = "dbkeep_created_" + Long.toHexString(System.nanoTime());
    var freshSettings =
        PersistenceSettings.of(DATABASE.jdbcUrlOf(fresh), DATABASE.user(), DATABASE.password());
    try {
      assertThat(DatabaseCreator.ensureExists(freshSettings)).isTrue();
      assertThat(DatabaseCreator.ensureExists(freshSettings)).isFalse();
    } finally {
      try (var admin = DATABASE.connectAdmin()) {
        admin.createStatement().execute("drop database if exists " + fresh);
      }
    }
  }

  @Test
  void theIdentityMigrationHashesTheOriginalsRawSessionTokens() throws SQLException {
    var fresh = "dbkeep_v1_" + Long.toHexString(System.nanoTime());
    try (var admin = DATABASE.connectAdmin()) {
      admin.createStatement().execute("create database " + fresh);
    }
    try {
      var url = DATABASE.jdbcUrlOf(fresh);
      try (var pool = new com.zaxxer.hikari.HikariDataSource()) {
        pool.setJdbcUrl(url);
        pool.setUsername(DATABASE.user());
        pool.setPassword(DATABASE.password());
        org.flywaydb.core.Flyway.configure()
            .dataSource(pool)
            .locations("classpath:db/migration")
            .target("1")
            .load()
            .migrate();
        try (var connection = pool.getConnection()) {
          connection
              .createStatement()
              .execute(
                  "insert into \"user\" (id, name, email) values ('u', 'U', 'u@example.com');"
                      + " insert into session (id, expires_at, token, user_id)"
                      + " values ('s', now() + interval '1 day', 'rawTokenOfTheOriginal1234567890', 'u')");
        }
        PostgresPersistence.migrate(pool);
        try (var connection = pool.getConnection();
            var result =
                connection
                    .createStatement()
                    .executeQuery("select token from session where id = 's'")) {
          result.next();
          assertThat(result.getString(1))
              .isEqualTo(
                  io.dbkeep.domain.identity.TokenHash.of("rawTokenOfTheOriginal1234567890").hex());
        }
      }
    } finally {
      try (var admin = DATABASE.connectAdmin()) {
        admin.createStatement().execute("drop database if exists " + fresh);
      }
    }
  }

  private List<String> rows(String sql) throws SQLException {
    try (var connection = DATABASE.connect();
        var result = connection.createStatement().executeQuery(sql)) {
      var values = new ArrayList<String>();
      while (result.next()) {
        values.add(result.getString(1));
      }
      return values;
    }
  }
}
