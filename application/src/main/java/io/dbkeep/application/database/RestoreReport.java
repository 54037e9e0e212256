package io.dbkeep.application.database;

import io.dbkeep.domain.database.ArchiveManifest;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A restore that completed and was verified: every table's row count and checksum, read back from
 * the database, matched the archive.
 *
 * @param file the archive
 * @param manifest what was restored
 * @param replacedExistingData whether the database held data that the restore replaced
 */
public record RestoreReport(Path file, ArchiveManifest manifest, boolean replacedExistingData) {

  public RestoreReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(manifest, "manifest");
  }
}
