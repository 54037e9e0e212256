package io.dbkeep.bootstrap.cli;

import io.dbkeep.domain.database.Migration;
import io.dbkeep.domain.database.SchemaVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dbkeep db status}: exit 0 in sync, 1 when migrations are pending or the schema drifted.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Show applied and pending migrations and whether the schema matches the mapping.",
      "Exit status: 0 in sync, 1 pending migrations or drift, 2 configuration error."
    })
public final class DbStatusCommand implements Callable<Integer> {

  @ParentCommand private DbCommand db;
  @Mixin private DatabaseOption database = new DatabaseOption();

  @Override
  public Integer call() {
    try (var tools = db.open(database, false)) {
      var status = tools.status().schemaStatus();
      var out = db.out();
      out.println("Database:        " + tools.config().database().display());
      out.println(
          "Schema version:  "
              + status.currentVersion().map(SchemaVersion::text).getOrElse("none")
              + " (this DBKeep knows up to "
              + status.latestKnownVersion()
              + ")");
      if (status.awaitsAdoption()) {
        out.println(
            "Original DBKeep: yes — its tables have no migration history; `dbkeep db migrate`"
                + " backs it up and adopts it in place");
      }
      out.println("Applied:" + (status.applied().isEmpty() ? "         none" : ""));
      status.applied().forEach(m -> out.println("  " + describe(m)));
      out.println("Pending:" + (status.pending().isEmpty() ? "         none" : ""));
      status.pending().forEach(m -> out.println("  " + describe(m)));
      if (status.drift().isEmpty()) {
        out.println("Mapping:         not compared (migrations are pending)");
      } else if (status.drift().get().isEmpty()) {
        out.println("Mapping:         the schema matches the mapping");
      } else {
        out.println("Mapping:         the schema differs from the mapping:");
        status.drift().get().forEach(d -> out.println("  " + d));
      }
      out.println(status.inSync() ? "In sync." : "Not in sync.");
      return status.inSync() ? 0 : 1;
    }
  }

  private static String describe(Migration migration) {
    return migration.version()
        + "  "
        + migration.description()
        + migration.installedOn().map(t -> "  (applied " + t + ")").getOrElse("");
  }
}
