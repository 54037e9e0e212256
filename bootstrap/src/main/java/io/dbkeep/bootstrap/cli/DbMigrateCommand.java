package io.dbkeep.bootstrap.cli;

import io.dbkeep.domain.database.SchemaVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dbkeep db migrate [--no-backup]}. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
      "Back up, adopt an original DBKeep database, apply pending migrations.",
      "The backup goes into BACKUP_DIR (default ./backups) unless --no-backup; a failure names",
      "the backup to restore."
    })
public final class DbMigrateCommand implements Callable<Integer> {

  @ParentCommand private DbCommand db;
  @Mixin private DatabaseOption database = new DatabaseOption();

  @Option(names = "--no-backup", description = "Do not take a backup first.")
  private boolean noBackup;

  @Override
  public Integer call() {
    try (var tools = db.open(database, true)) {
      var out = db.out();
      var result = tools.migrate().migrate(tools.migrateCommand(!noBackup));
      if (result.isLeft()) {
        return db.refuse(result.getLeft().message());
      }
      var outcome = result.get();
      outcome
          .backup()
          .forEach(
              b ->
                  out.println(
                      "Backup:   "
                          + b.file()
                          + " ("
                          + b.manifest().tables().size()
                          + " tables, "
                          + b.manifest().totalRows()
                          + " rows)"));
      var report = outcome.report();
      report
          .adoption()
          .forEach(
              a -> {
                out.println("Adopted the original DBKeep database in place (every row kept):");
                out.println("  rows:              " + a.rowsPerTable().mkString(", "));
                out.println("  columns added:     " + a.columnsAdded().mkString(", "));
                out.println(
                    "  documents:         "
                        + a.documentsConverted()
                        + " converted to jsonb, "
                        + a.emptyDocuments()
                        + " empty ones given an empty document");
                out.println("  engines respelled: " + a.enginesNormalised());
                a.unreadableDocuments()
                    .forEach(
                        d ->
                            out.println("  unreadable document kept in project.legacy_data: " + d));
                a.unknownEngines()
                    .forEach(
                        e -> out.println("  unknown engine kept in project.legacy_engine: " + e));
              });
      if (!report.changedAnything()) {
        out.println(
            "Nothing to migrate: the schema is at version "
                + report.toVersion().map(SchemaVersion::text).getOrElse("none")
                + ".");
        return 0;
      }
      report
          .applied()
          .forEach(m -> out.println("Applied:  " + m.version() + "  " + m.description()));
      out.println(
          "Schema version: "
              + report.fromVersion().map(SchemaVersion::text).getOrElse("none")
              + " -> "
              + report.toVersion().map(SchemaVersion::text).getOrElse("none"));
      return 0;
    }
  }
}
