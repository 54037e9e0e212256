package io.dbkeep.application.port.in.database;

import io.dbkeep.application.database.BackupReport;

/**
 * Writes a consistent snapshot of every table of DBKeep's schema to one compressed archive with a
 * manifest (schema version, row counts, SHA-256 per table).
 */
public interface BackupDatabaseUseCase {

  BackupReport backup(BackupDatabaseCommand command);
}
