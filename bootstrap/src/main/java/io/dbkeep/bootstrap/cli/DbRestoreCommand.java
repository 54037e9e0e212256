package io.dbkeep.bootstrap.cli;

import io.dbkeep.application.port.in.database.RestoreDatabaseCommand;
import io.dbkeep.domain.database.SchemaVersion;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dbkeep db restore FILE [--force]}. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restore a backup, verifying every table's row count and checksum.",
      "Only into an empty database, unless --force (which drops everything in the schema first).",
      "Refuses damaged archives and archives from a newer schema version than this DBKeep knows."
    })
public final class DbRestoreCommand implements Callable<Integer> {

  @ParentCommand private DbCommand db;
  @Mixin private DatabaseOption database = new DatabaseOption();

  @Parameters(index = "0", paramLabel = "FILE", description = "The backup archive.")
  private Path file;

  @Option(
      names = "--force",
      description = "Replace a database that holds data (drops everything in its schema first).")
  private boolean force;

  @Override
  public Integer call() {
    try (var tools = db.open(database, true)) {
      var result = tools.restore().restore(new RestoreDatabaseCommand(file, force));
      if (result.isLeft()) {
        return db.refuse(result.getLeft().message());
      }
      var report = result.get();
      var out = db.out();
      out.println(
          "Restored "
              + report.file()
              + (report.replacedExistingData() ? " (replacing the data that was there)" : ""));
      out.println(
          "Verified "
              + report.manifest().tables().size()
              + " tables, "
              + report.manifest().totalRows()
              + " rows: counts and SHA-256 checksums match the archive.");
      var version = report.manifest().migrationVersion();
      out.println(
          "Schema version: "
              + version.map(SchemaVersion::text).getOrElse("none (original DBKeep database)"));
      var pending = tools.status().schemaStatus();
      if (pending.migrationNeeded()) {
        out.println(
            "Next: `dbkeep db migrate` (or starting the server) brings it to version "
                + pending.latestKnownVersion()
                + ".");
      }
      return 0;
    }
  }
}
