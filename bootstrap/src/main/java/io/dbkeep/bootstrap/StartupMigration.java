package io.dbkeep.bootstrap;

import io.dbkeep.bootstrap.config.OperationsConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code serve} does before it listens when {@code DATABASE_MIGRATE} is on: the same as {@code
 * dbkeep db migrate} — adopt an original DBKeep database, apply pending migrations — after a backup
 * into {@code BACKUP_DIR} when there is something to migrate in a database that has tables (unless
 * {@code BACKUP_BEFORE_MIGRATE=false}).
 */
final class StartupMigration {

  private static final Logger LOG = LoggerFactory.getLogger(StartupMigration.class);

  private StartupMigration() {}

  static void run(ServerConfig config, OperationsConfig operations, Clock clock) {
    try (var tools = DatabaseTools.open(config, operations, clock, false)) {
      var outcome = tools.migrate().migrate(tools.migrateCommand(operations.backupBeforeMigrate()));
      if (outcome.isLeft()) {
        throw new DbkeepServer.StartupException(outcome.getLeft().message(), null);
      }
      outcome
          .get()
          .backup()
          .forEach(b -> LOG.info("Backed up the database before migrating: {}", b.file()));
      var report = outcome.get().report();
      report
          .adoption()
          .forEach(
              a ->
                  LOG.info(
                      "Adopted the original DBKeep database ({} rows kept; {} unreadable"
                          + " document(s) kept in project.legacy_data)",
                      a.rowsPerTable().values().sum(),
                      a.unreadableDocuments().size()));
    }
  }
}
