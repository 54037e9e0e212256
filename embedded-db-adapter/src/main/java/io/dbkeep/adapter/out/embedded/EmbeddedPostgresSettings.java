package io.dbkeep.adapter.out.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the embedded PostgreSQL keeps its files.
 *
 * @param home DBKeep's own directory ({@code DBKEEP_HOME}): the data directory {@code postgres/},
 *     the password file, the lock file and PostgreSQL's log live here
 * @param binaries where the PostgreSQL binaries are unpacked (shared safely by several homes and
 *     processes: one unpacks, the others wait for it)
 * @param startupTimeout how long to wait for PostgreSQL to accept connections (crash recovery of a
 *     large directory can take a while)
 */
public record EmbeddedPostgresSettings(Path home, Path binaries, Duration startupTimeout) {

  /** The data directory's name inside {@link #home()}. */
  public static final String DATA_DIRECTORY = "postgres";

  public EmbeddedPostgresSettings {
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(binaries, "binaries");
    Objects.requireNonNull(startupTimeout, "startupTimeout");
    home = home.toAbsolutePath().normalize();
    binaries = binaries.toAbsolutePath().normalize();
    if (binaries.startsWith(home.resolve(DATA_DIRECTORY))) {
      throw new IllegalArgumentException("the binaries cannot live inside the data directory");
    }
  }

  /** {@code home} with the binaries in {@code home/binaries} and a 60 s start-up timeout. */
  public static EmbeddedPostgresSettings in(Path home) {
    return new EmbeddedPostgresSettings(home, home.resolve("binaries"), Duration.ofSeconds(60));
  }

  /** PostgreSQL's data directory. */
  public Path dataDirectory() {
    return home.resolve(DATA_DIRECTORY);
  }

  /** The file PostgreSQL's own output (and {@code initdb}'s) is appended to. */
  public Path logFile() {
    return home.resolve("postgres.log");
  }
}
