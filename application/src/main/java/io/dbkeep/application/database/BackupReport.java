package io.dbkeep.application.database;

import io.dbkeep.domain.database.ArchiveManifest;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A backup that was written.
 *
 * @param file the archive
 * @param manifest what it holds
 * @param bytes the archive's size
 */
public record BackupReport(Path file, ArchiveManifest manifest, long bytes) {

  public BackupReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(manifest, "manifest");
  }
}
