package io.dbkeep.bootstrap.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where the embedded PostgreSQL keeps its files.
 *
 * @param home {@code DBKEEP_HOME} (default {@code ~/.dbkeep}): data directory, password file, lock
 *     file, PostgreSQL's log, and the backups of the embedded database
 * @param binaries {@code DBKEEP_POSTGRES_BINARIES} (default {@code DBKEEP_HOME/binaries}): where
 *     the PostgreSQL binaries shipped in the jar are unpacked; several homes may share one
 */
public record EmbeddedDatabaseConfig(Path home, Path binaries) {

  /**
   * Reads the settings; a leading {@code ~/} means the user's home directory.
   *
   * @throws ConfigurationException naming an unusable path
   */
  public static EmbeddedDatabaseConfig from(Environment env) {
    var userHome = System.getProperty("user.home", ".");
    var home =
        env.text("DBKEEP_HOME")
            .map(text -> path("DBKEEP_HOME", text, userHome))
            .orElse(Path.of(userHome, ".dbkeep"))
            .toAbsolutePath()
            .normalize();
    var binaries =
        env.text("DBKEEP_POSTGRES_BINARIES")
            .map(text -> path("DBKEEP_POSTGRES_BINARIES", text, userHome))
            .orElse(home.resolve("binaries"))
            .toAbsolutePath()
            .normalize();
    if (binaries.startsWith(home.resolve("postgres"))) {
      throw new ConfigurationException(
          "DBKEEP_POSTGRES_BINARIES must not lie inside the data directory "
              + home.resolve("postgres"));
    }
    return new EmbeddedDatabaseConfig(home, binaries);
  }

  private static Path path(String name, String text, String userHome) {
    try {
      if (text.equals("~")) {
        return Path.of(userHome);
      }
      if (text.startsWith("~/")) {
        return Path.of(userHome, text.substring(2));
      }
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new ConfigurationException(name + " is not a usable path: " + e.getReason());
    }
  }
}
