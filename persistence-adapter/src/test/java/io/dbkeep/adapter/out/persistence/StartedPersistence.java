package io.dbkeep.adapter.out.persistence;

import io.dbkeep.testsupport.PostgresTestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh PostgreSQL database for one test class with DBKeep's persistence started on it (migrated
 * by Flyway), closed and dropped after the class. Register it as a static extension:
 * {@code @RegisterExtension static final StartedPersistence STORE = new StartedPersistence();}.
 */
final class StartedPersistence implements BeforeAllCallback, AfterAllCallback {

  private final PostgresTestDatabase database = new PostgresTestDatabase();
  private PostgresPersistence persistence;

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    database.beforeAll(context);
    persistence =
        PostgresPersistence.start(
            PersistenceSettings.of(database.jdbcUrl(), database.user(), database.password()));
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    try {
      persistence.close();
    } finally {
      database.afterAll(context);
    }
  }

  /** The database, e.g. to look at rows directly. */
  PostgresTestDatabase database() {
    return database;
  }

  /** The persistence started on the database. */
  PostgresPersistence persistence() {
    return persistence;
  }

  /**
   * Empties {@code tables} (a comma-separated list, quoted where needed) and what refers to them.
   */
  void truncate(String tables) {
    try (var connection = database.connect();
        var statement = connection.createStatement()) {
      statement.execute("truncate table " + tables + " cascade");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
