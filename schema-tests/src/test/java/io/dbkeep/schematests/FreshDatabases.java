package io.dbkeep.schematests;

import io.dbkeep.adapter.out.studio.StudioDatabaseSettings;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.testsupport.MariaDbTestDatabase;
import io.dbkeep.testsupport.PostgresTestDatabase;
import io.dbkeep.testsupport.SqliteTestDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh empty databases on the three real engines, reachable by JDBC and by the Studio's catalog
 * reader. Register it as a static JUnit extension ({@code @RegisterExtension static final
 * FreshDatabases DATABASES = new FreshDatabases("label");}): after the class, the fresh databases
 * and the class's own three go (SQLite files with their folder).
 */
final class FreshDatabases implements BeforeAllCallback, AfterAllCallback {

  /** A fresh database: how to reach it with JDBC and with the Studio. */
  interface Fresh {
    Connection connect() throws SQLException;

    StudioDatabaseSettings settings();

    /** Executes {@code script} statement by statement (MySQL's splitting on MySQL). */
    default void execute(String script, Engine engine) throws SQLException {
      try (var connection = connect();
          var statement = connection.createStatement()) {
        for (var sql : SqlScript.statements(script, engine == Engine.MYSQL)) {
          statement.execute(sql);
        }
      }
    }
  }

  private final PostgresTestDatabase postgres = new PostgresTestDatabase();
  private final MariaDbTestDatabase mariaDb = new MariaDbTestDatabase();
  private final SqliteTestDatabase sqlite = new SqliteTestDatabase();
  private final String label;
  private final List<Runnable> cleanups = new ArrayList<>();

  /**
   * @param label how the Studio settings name these databases
   */
  FreshDatabases(String label) {
    this.label = label;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException, IOException {
    postgres.beforeAll(context);
    mariaDb.beforeAll(context);
    sqlite.beforeAll(context);
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException, IOException {
    try {
      dropAll();
    } finally {
      postgres.afterAll(context);
      mariaDb.afterAll(context);
      sqlite.afterAll(context);
    }
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
  private void dropAll() {
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
