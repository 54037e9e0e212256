package io.dbkeep.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh SQLite database files for one test class, in a temporary directory deleted afterwards.
 * Register it as a static field and call {@link #newDatabase(String)} for each database needed.
 */
public final class SqliteTestDatabase implements BeforeAllCallback, AfterAllCallback {

  private Path directory;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    directory = Files.createTempDirectory("dbkeep-sqlite-");
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (directory == null) {
      return;
    }
    try (var files = Files.walk(directory)) {
      for (var path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** The path of a new, not yet existing database file (SQLite creates it on connect). */
  public Path newDatabase(String prefix) {
    return directory.resolve(
        prefix.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + UUID.randomUUID() + ".sqlite");
  }

  /** The JDBC URL of a database file. */
  public static String jdbcUrl(Path file) {
    return "jdbc:sqlite:" + file.toAbsolutePath();
  }

  /** A connection to a database file (created when missing). */
  public static Connection connect(Path file) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(file));
  }
}
