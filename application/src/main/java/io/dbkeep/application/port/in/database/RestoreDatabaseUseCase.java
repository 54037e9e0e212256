package io.dbkeep.application.port.in.database;

import io.dbkeep.application.database.RestoreReport;
import io.dbkeep.domain.database.DatabaseOperationError;
import io.vavr.control.Either;

/**
 * Restores a backup archive and verifies it. Refuses, without touching the database, a damaged
 * archive, an archive from a newer schema version than this build knows, and a database that holds
 * data unless {@code force} is given.
 */
public interface RestoreDatabaseUseCase {

  Either<DatabaseOperationError, RestoreReport> restore(RestoreDatabaseCommand command);
}
