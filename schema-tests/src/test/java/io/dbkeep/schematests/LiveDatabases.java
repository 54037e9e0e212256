package io.dbkeep.schematests;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.testsupport.MariaDbTestDatabase;
import io.dbkeep.testsupport.PostgresTestDatabase;
import io.dbkeep.testsupport.SqliteTestDatabase;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs a DDL script on a real, empty database of an engine and reads the catalog back. PostgreSQL
 * reuses the test class's database (its schema is recreated before each script); MariaDB gets a
 * fresh database per script; SQLite a fresh file.
 */
final class LiveDatabases {

  private final PostgresTestDatabase postgres;
  private final MariaDbTestDatabase mariaDb;
  private final SqliteTestDatabase sqlite;
  private Connection postgresConnection;
  private Boolean pgvector;

  LiveDatabases(
      PostgresTestDatabase postgres, MariaDbTestDatabase mariaDb, SqliteTestDatabase sqlite) {
    this.postgres = postgres;
    this.mariaDb = mariaDb;
    this.sqlite = sqlite;
  }

  /** Whether the PostgreSQL server can create the pgvector extension. */
  boolean pgvectorAvailable() throws SQLException {
    if (pgvector == null) {
      try (var rows =
          postgres()
              .createStatement()
              .executeQuery("select count(*) from pg_available_extensions where name = 'vector'")) {
        rows.next();
        pgvector = rows.getInt(1) > 0;
      }
    }
    return pgvector;
  }

  /** Executes {@code script} statement by statement on a fresh database; returns its catalog. */
  Shape run(Engine engine, String script) throws SQLException {
    return run(
        engine,
        script,
        connection ->
            switch (engine) {
              case POSTGRESQL -> CatalogReader.postgres(connection);
              case MYSQL -> CatalogReader.mariaDb(connection);
              case SQLITE -> CatalogReader.sqlite(connection);
            });
  }

  /** What is read from a connection to the database a script has just built. */
  @FunctionalInterface
  interface Reading<T> {
    T read(Connection connection) throws SQLException;
  }

  /**
   * Executes {@code script} statement by statement on a fresh database, then reads it with {@code
   * reading} before the database goes.
   */
  <T> T run(Engine engine, String script, Reading<T> reading) throws SQLException {
    switch (engine) {
      case POSTGRESQL -> {
        var connection = postgres();
        try (var statement = connection.createStatement()) {
          statement.execute("drop schema public cascade; create schema public");
        }
        execute(connection, script, false);
        return reading.read(connection);
      }
      case MYSQL -> {
        var database = mariaDb.createDatabase("ddl");
        try (var connection = mariaDb.connect(database)) {
          execute(connection, script, true);
          return reading.read(connection);
        } finally {
          mariaDb.dropDatabase(database);
        }
      }
      default -> {
        try (var connection = SqliteTestDatabase.connect(sqlite.newDatabase("ddl"))) {
          execute(connection, script, false);
          try (var statement = connection.createStatement()) {
            // fails with "foreign key mismatch" when a parent key is not unique
            statement.executeQuery("pragma foreign_key_check").close();
          }
          return reading.read(connection);
        }
      }
    }
  }

  void close() throws SQLException {
    if (postgresConnection != null) {
      postgresConnection.close();
    }
  }

  private Connection postgres() throws SQLException {
    if (postgresConnection == null) {
      postgresConnection = postgres.connect();
    }
    return postgresConnection;
  }

  private static void execute(Connection connection, String script, boolean mysql)
      throws SQLException {
    try (var statement = connection.createStatement()) {
      for (var sql : SqlScript.statements(script, mysql)) {
        try {
          statement.execute(sql);
        } catch (SQLException e) {
          throw new SQLException(e.getMessage() + "\n  in: " + sql + "\n--- script:\n" + script, e);
        }
      }
    }
  }
}
