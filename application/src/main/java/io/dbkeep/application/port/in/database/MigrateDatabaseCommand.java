package io.dbkeep.application.port.in.database;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Bring the schema up to date.
 *
 * @param backupFirst take a backup into {@code backupDirectory} before changing anything (skipped
 *     when there is nothing to migrate or the database has no tables yet)
 * @param backupDirectory where that backup goes
 */
public record MigrateDatabaseCommand(boolean backupFirst, Path backupDirectory) {

  public MigrateDatabaseCommand {
    Objects.requireNonNull(backupDirectory, "backupDirectory");
  }
}
