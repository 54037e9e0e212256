package io.dbkeep.application.service.database;

import io.dbkeep.application.database.RestoreReport;
import io.dbkeep.application.port.in.database.RestoreDatabaseCommand;
import io.dbkeep.application.port.in.database.RestoreDatabaseUseCase;
import io.dbkeep.application.port.out.database.DatabaseArchivePort;
import io.dbkeep.application.port.out.database.SchemaMigrationPort;
import io.dbkeep.domain.database.DatabaseOperationError;
import io.dbkeep.domain.database.DatabaseOperationError.Code;
import io.vavr.control.Either;

/**
 * Checks an archive (intact, from a schema version this build knows) and the target (empty, or
 * {@code force}) before anything is touched, then restores and verifies.
 */
public final class RestoreDatabaseService implements RestoreDatabaseUseCase {

  private final DatabaseArchivePort archives;
  private final SchemaMigrationPort migrations;

  public RestoreDatabaseService(DatabaseArchivePort archives, SchemaMigrationPort migrations) {
    this.archives = archives;
    this.migrations = migrations;
  }

  @Override
  public Either<DatabaseOperationError, RestoreReport> restore(RestoreDatabaseCommand command) {
    return archives
        .inspect(command.file())
        .flatMap(
            manifest -> {
              var latest = migrations.status().latestKnownVersion();
              var version = manifest.migrationVersion();
              if (version.isDefined() && version.get().isNewerThan(latest)) {
                return Either.left(
                    new DatabaseOperationError(
                        Code.ARCHIVE_TOO_NEW,
                        "the archive is at schema version "
                            + version.get()
                            + ", newer than this DBKeep knows ("
                            + latest
                            + "); restore it with a newer DBKeep"));
              }
              var rows = archives.rowsPresent();
              if (rows > 0 && !command.force()) {
                return Either.left(
                    new DatabaseOperationError(
                        Code.DATABASE_NOT_EMPTY,
                        "the database holds "
                            + rows
                            + " row(s); restore into an empty database, or pass --force to"
                            + " replace everything in it"));
              }
              return archives.restore(command.file(), manifest, rows > 0);
            });
  }
}
