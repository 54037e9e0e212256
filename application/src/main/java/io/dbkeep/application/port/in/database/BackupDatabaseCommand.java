package io.dbkeep.application.port.in.database;

import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Take a backup.
 *
 * @param file where to write it; when empty, a new file named after the time and the schema version
 *     in {@code backupDirectory}
 * @param backupDirectory the folder for named backups
 */
public record BackupDatabaseCommand(Option<Path> file, Path backupDirectory) {

  public BackupDatabaseCommand {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(backupDirectory, "backupDirectory");
  }
}
