package io.dbkeep.schematests;

import io.dbkeep.adapter.out.studio.StudioDatabaseSettings;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.testsupport.MariaDbTestDatabase;
import io.dbkeep.testsupport.PostgresTestDatabase;
import io.dbkeep.testsupport.SqliteTestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Fresh empty databases on the three real engines, reachable by JDBC and by the Studio's catalog
 * reader; {@link #dropAll()} removes the server-side ones (SQLite files go with their folder).
 */
final class FreshDatabases {

  /** A fresh database: how to reach it with JDBC and with the Studio. */
  interface Fresh {
    Connection connect() throws SQLException;

    StudioDatabaseSettings settings();
  }

  private final PostgresTestDatabase postgres;
  private final MariaDbTestDatabase mariaDb;
  private final SqliteTestDatabase sqlite;
  private final String label;
  private final List<Runnable> cleanups = new ArrayList<>();

  /**
   * @param label how the Studio settings name these databases
   */
  FreshDatabases(
      PostgresTestDatabase postgres,
      MariaDbTestDatabase mariaDb,
      SqliteTestDatabase sqlite,
      String label) {
    this.postgres = postgres;
    this.mariaDb = mariaDb;
    this.sqlite = sqlite;
    this.label = label;
  }

  Fresh fresh(Engine engine, String prefix) throws SQLException {
    switch (engine) {
      case POSTGRESQL -> {
        var name = postgres.createAnotherDatabase(prefix);
        cleanups.add(() -> dropPostgres(name));
        var url = postgres.jdbcUrlOf(name);
        return new Fresh() {
          public Connection connect() throws SQLException {
            return java.sql.DriverManager.getConnection(
                url, credentials(postgres.user(), postgres.password()));
          }

          public StudioDatabaseSettings settings() {
            return settingsOf(engine, url, credentials(postgres.user(), postgres.password()));
          }
        };
      }
      case MYSQL -> {
        var name = mariaDb.createDatabase(prefix);
        cleanups.add(
            () -> {
              try {
                mariaDb.dropDatabase(name);
              } catch (SQLException e) {
                // best effort
              }
            });
        return new Fresh() {
          public Connection connect() throws SQLException {
            return mariaDb.connect(name);
          }

          public StudioDatabaseSettings settings() {
            return settingsOf(
                engine, mariaDb.jdbcUrlOf(name), credentials(mariaDb.user(), mariaDb.password()));
          }
        };
      }
      default -> {
        var file = sqlite.newDatabase(prefix);
        return new Fresh() {
          public Connection connect() throws SQLException {
            return SqliteTestDatabase.connect(file);
          }

          public StudioDatabaseSettings settings() {
            return settingsOf(engine, SqliteTestDatabase.jdbcUrl(file), new Properties());
          }
        };
      }
    }
  }

  /** Drops every server-side database made so far. */
  void dropAll() {
    cleanups.forEach(Runnable::run);
    cleanups.clear();
  }

  private void dropPostgres(String name) {
    try (var admin = postgres.connectAdmin()) {
      admin.createStatement().execute("drop database if exists " + name + " with (force)");
    } catch (SQLException e) {
      // best effort
    }
  }

  private static Properties credentials(String user, String password) {
    var properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return properties;
  }

  private StudioDatabaseSettings settingsOf(Engine engine, String url, Properties properties) {
    return new StudioDatabaseSettings(
        engine, url, properties, label, true, Duration.ofSeconds(30), 2, Duration.ofSeconds(10));
  }
}
