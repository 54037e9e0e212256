package io.dbkeep.schematests;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.testsupport.MariaDbTestDatabase;
import io.dbkeep.testsupport.PostgresTestDatabase;
import io.dbkeep.testsupport.SqliteTestDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's real PostgreSQL, MariaDB and SQLite databases: runs a DDL script on a real, empty
 * database of an engine and reads the catalog back, or dumps it with the engine's own tool.
 * PostgreSQL reuses the test class's database (its schema is recreated before each script); MariaDB
 * gets a fresh database per script; SQLite a fresh file.
 *
 * <p>Register it as a JUnit extension ({@code @RegisterExtension static final LiveDatabases
 * DATABASES = new LiveDatabases();}); jqwik containers call {@link #open()} and {@link #close()}
 * from {@code @BeforeContainer}/{@code @AfterContainer}.
 */
final class LiveDatabases implements BeforeAllCallback, AfterAllCallback {

  private final PostgresTestDatabase postgres = new PostgresTestDatabase();
  private final MariaDbTestDatabase mariaDb = new MariaDbTestDatabase();
  private final SqliteTestDatabase sqlite = new SqliteTestDatabase();
  private Connection postgresConnection;
  private Boolean pgvector;

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException, IOException {
    open();
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException, IOException {
    close();
  }

  /** Creates the three databases. */
  void open() throws SQLException, IOException {
    postgres.beforeAll(null);
    mariaDb.beforeAll(null);
    sqlite.beforeAll(null);
  }

  /** The test class's PostgreSQL database. */
  PostgresTestDatabase postgresDatabase() {
    return postgres;
  }

  /** The MariaDB server's test databases. */
  MariaDbTestDatabase mariaDb() {
    return mariaDb;
  }

  /** The test class's SQLite files. */
  SqliteTestDatabase sqlite() {
    return sqlite;
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
    return run(engine, script, catalogReader(engine));
  }

  /** Reads an engine's catalog as a {@link Shape}. */
  static Reading<Shape> catalogReader(Engine engine) {
    return switch (engine) {
      case POSTGRESQL -> CatalogReader::postgres;
      case MYSQL -> CatalogReader::mariaDb;
      case SQLITE -> CatalogReader::sqlite;
    };
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

  /** A script's catalog as {@code reading} saw it before the dump, and the dump itself. */
  record Dumped<T>(T original, String dump) {}

  /**
   * Executes {@code script} on a fresh database, reads it with {@code reading}, and dumps it with
   * the engine's own tool ({@code pg_dump}, {@code mysqldump}, the {@code sqlite3} shell).
   */
  <T> Dumped<T> dumped(Engine engine, String script, Reading<T> reading) throws Exception {
    switch (engine) {
      case POSTGRESQL -> {
        var original = run(engine, script, reading);
        return new Dumped<>(original, DumpTools.pgDump(postgres));
      }
      case MYSQL -> {
        var database = mariaDb.createDatabase("dump");
        try (var connection = mariaDb.connect(database)) {
          execute(connection, script, true);
          var original = reading.read(connection);
          return new Dumped<>(original, DumpTools.mysqlDump(mariaDb, database));
        } finally {
          mariaDb.dropDatabase(database);
        }
      }
      default -> {
        var file = sqlite.newDatabase("dump");
        T original;
        try (var connection = SqliteTestDatabase.connect(file)) {
          execute(connection, script, false);
          original = reading.read(connection);
        }
        return new Dumped<>(original, DumpTools.sqliteSchema(file));
      }
    }
  }

  /** Closes the connection and drops the three databases. */
  void close() throws SQLException, IOException {
    try {
      if (postgresConnection != null) {
        postgresConnection.close();
        postgresConnection = null;
      }
    } finally {
      postgres.afterAll(null);
      mariaDb.afterAll(null);
      sqlite.afterAll(null);
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
