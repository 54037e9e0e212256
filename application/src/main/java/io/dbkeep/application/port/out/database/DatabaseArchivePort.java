package io.dbkeep.application.port.out.database;

import io.dbkeep.application.database.BackupReport;
import io.dbkeep.application.database.RestoreReport;
import io.dbkeep.domain.database.ArchiveManifest;
import io.dbkeep.domain.database.DatabaseOperationError;
import io.vavr.control.Either;
import java.nio.file.Path;

/**
 * Backup archives of DBKeep's database: one consistent snapshot of every table of its schema, with
 * a manifest of row counts and checksums.
 */
public interface DatabaseArchivePort {

  /** Whether the schema holds any table at all (an empty database needs no backup). */
  boolean hasTables();

  /** Rows in all tables of the schema, except the migration history. */
  long rowsPresent();

  /**
   * Writes a snapshot of every table, taken in one transaction, to {@code file} (created with its
   * parent folders; written to a temporary name and moved into place when complete).
   *
   * @throws java.io.UncheckedIOException when the file cannot be written
   */
  BackupReport backup(Path file);

  /**
   * Reads an archive's manifest and checks every table's data against its checksum, without
   * touching the database.
   *
   * @return the manifest, or {@link DatabaseOperationError.Code#ARCHIVE_UNREADABLE}
   */
  Either<DatabaseOperationError, ArchiveManifest> inspect(Path file);

  /**
   * Replaces the schema with the archive's: removes every object of the schema, recreates it at the
   * archive's migration version, loads every table in one transaction and reads each back, checking
   * row counts and checksums before committing. The caller has checked that replacing is allowed
   * and that the archive's version is known.
   *
   * @return the verified restore, or a refusal ({@code ARCHIVE_MISMATCH}, {@code
   *     RESTORE_VERIFICATION_FAILED}); on a refusal no archived row is kept
   */
  Either<DatabaseOperationError, RestoreReport> restore(
      Path file, ArchiveManifest manifest, boolean replacedExistingData);
}
