package io.dbkeep.application.service.database;

import io.dbkeep.application.database.BackupReport;
import io.dbkeep.application.port.in.database.BackupDatabaseCommand;
import io.dbkeep.application.port.in.database.BackupDatabaseUseCase;
import io.dbkeep.application.port.out.database.DatabaseArchivePort;
import io.dbkeep.application.port.out.database.SchemaMigrationPort;
import java.time.Clock;

public final class BackupDatabaseService implements BackupDatabaseUseCase {

  private final DatabaseArchivePort archives;
  private final SchemaMigrationPort migrations;
  private final Clock clock;

  public BackupDatabaseService(
      DatabaseArchivePort archives, SchemaMigrationPort migrations, Clock clock) {
    this.archives = archives;
    this.migrations = migrations;
    this.clock = clock;
  }

  @Override
  public BackupReport backup(BackupDatabaseCommand command) {
    var file =
        command
            .file()
            .getOrElse(
                () ->
                    BackupFiles.next(
                        command.backupDirectory(), clock, migrations.status().currentVersion()));
    return archives.backup(file);
  }
}
