package io.dbkeep.application.port.in.database;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Restore a backup.
 *
 * @param file the archive
 * @param force replace a database that holds data (without it, only an empty database is restored
 *     into)
 */
public record RestoreDatabaseCommand(Path file, boolean force) {

  public RestoreDatabaseCommand {
    Objects.requireNonNull(file, "file");
  }
}
