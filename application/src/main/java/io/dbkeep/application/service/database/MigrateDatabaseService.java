package io.dbkeep.application.service.database;

import io.dbkeep.application.database.BackupReport;
import io.dbkeep.application.port.in.database.MigrateDatabaseCommand;
import io.dbkeep.application.port.in.database.MigrateDatabaseUseCase;
import io.dbkeep.application.port.out.database.DatabaseArchivePort;
import io.dbkeep.application.port.out.database.SchemaMigrationException;
import io.dbkeep.application.port.out.database.SchemaMigrationPort;
import io.dbkeep.domain.database.DatabaseOperationError;
import io.dbkeep.domain.database.MigrationReport;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;

/**
 * Backs up (when asked and when there is something to migrate in a database that has tables), then
 * migrates. A failed migration becomes {@code MIGRATION_FAILED} naming the backup to restore; a
 * failed backup stops before anything changes.
 */
public final class MigrateDatabaseService implements MigrateDatabaseUseCase {

  private final SchemaMigrationPort migrations;
  private final DatabaseArchivePort archives;
  private final Clock clock;

  public MigrateDatabaseService(
      SchemaMigrationPort migrations, DatabaseArchivePort archives, Clock clock) {
    this.migrations = migrations;
    this.archives = archives;
    this.clock = clock;
  }

  @Override
  public Either<DatabaseOperationError, Outcome> migrate(MigrateDatabaseCommand command) {
    var status = migrations.status();
    if (!status.migrationNeeded()) {
      return Either.right(
          new Outcome(
              Option.none(),
              new MigrationReport(
                  status.currentVersion(), status.currentVersion(), List.empty(), Option.none())));
    }
    Option<BackupReport> backup = Option.none();
    if (command.backupFirst() && archives.hasTables()) {
      backup =
          Option.of(
              archives.backup(
                  BackupFiles.next(command.backupDirectory(), clock, status.currentVersion())));
    }
    try {
      return Either.right(new Outcome(backup, migrations.migrate()));
    } catch (SchemaMigrationException e) {
      var restoreHint =
          backup
              .map(b -> "; to undo, restore the backup taken first: " + b.file())
              .getOrElse("; no backup was taken first");
      return Either.left(
          new DatabaseOperationError(
              DatabaseOperationError.Code.MIGRATION_FAILED, e.getMessage() + restoreHint));
    }
  }
}
