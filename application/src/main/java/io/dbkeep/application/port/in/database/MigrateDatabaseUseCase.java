package io.dbkeep.application.port.in.database;

import io.dbkeep.application.database.BackupReport;
import io.dbkeep.domain.database.DatabaseOperationError;
import io.dbkeep.domain.database.MigrationReport;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Adopts an original DBKeep database if there is one and applies pending migrations, after a backup
 * unless told otherwise. A failure ({@code MIGRATION_FAILED}) names the backup to restore.
 */
public interface MigrateDatabaseUseCase {

  Either<DatabaseOperationError, Outcome> migrate(MigrateDatabaseCommand command);

  /**
   * What happened.
   *
   * @param backup the backup taken first, if one was
   * @param report what the migration changed
   */
  record Outcome(Option<BackupReport> backup, MigrationReport report) {}
}
