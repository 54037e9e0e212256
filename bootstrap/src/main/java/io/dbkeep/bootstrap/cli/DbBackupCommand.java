package io.dbkeep.bootstrap.cli;

import io.dbkeep.application.port.in.database.BackupDatabaseCommand;
import io.dbkeep.domain.database.SchemaVersion;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dbkeep db backup [--out FILE]}. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Write a consistent snapshot of every table to one archive.",
      "One REPEATABLE READ transaction, COPY through the driver, a zip with a manifest: schema",
      "version, columns, row counts, SHA-256 per table."
    })
public final class DbBackupCommand implements Callable<Integer> {

  @ParentCommand private DbCommand db;
  @Mixin private DatabaseOption database = new DatabaseOption();

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Where to write it (default: a new dbkeep-<time>-v<version>.zip in BACKUP_DIR).")
  private Path out;

  @Override
  public Integer call() {
    try (var tools = db.open(database, false)) {
      var report =
          tools
              .backup()
              .backup(
                  new BackupDatabaseCommand(
                      io.vavr.control.Option.of(out), tools.operations().backupDirectory()));
      var print = db.out();
      print.println("Backup written to " + report.file() + " (" + report.bytes() + " bytes)");
      print.println(
          "Schema version: "
              + report
                  .manifest()
                  .migrationVersion()
                  .map(SchemaVersion::text)
                  .getOrElse("none (original DBKeep database)"));
      report
          .manifest()
          .tables()
          .forEach(
              t ->
                  print.println(
                      String.format(
                          "  %-24s %8d rows  sha256 %s", t.name(), t.rows(), t.sha256())));
      return 0;
    }
  }
}
