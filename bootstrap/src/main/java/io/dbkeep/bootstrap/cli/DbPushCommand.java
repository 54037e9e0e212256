package io.dbkeep.bootstrap.cli;

import io.dbkeep.adapter.out.persistence.lifecycle.MappingDiff;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dbkeep db push [--force]}: development only. */
@Command(
    name = "push",
    mixinStandardHelpOptions = true,
    description = {
      "Development only: make the live schema match the mapping, without a migration.",
      "Refused when DBKEEP_ENV=production. Destructive steps (type changes, dropped columns) are",
      "listed and need --force."
    })
public final class DbPushCommand implements Callable<Integer> {

  @ParentCommand private DbCommand db;
  @Mixin private DatabaseOption database = new DatabaseOption();

  @Option(names = "--force", description = "Also run destructive steps.")
  private boolean force;

  @Override
  public Integer call() {
    if (db.operations().production()) {
      return db.refuse(
          "db push is for development and DBKEEP_ENV=production: write a migration with"
              + " `dbkeep db generate` and apply it with `dbkeep db migrate`");
    }
    try (var tools = db.open(database, true)) {
      var out = db.out();
      var steps = tools.diff();
      if (steps.isEmpty()) {
        out.println("Nothing to push: the schema matches the mapping.");
        return 0;
      }
      var destructive = steps.stream().filter(MappingDiff.Step::destructive).toList();
      out.println("Steps:");
      steps.forEach(s -> out.println("  " + s + (s.destructive() ? "  -- " + s.reason() : "")));
      if (!destructive.isEmpty() && !force) {
        return db.refuse(
            destructive.size()
                + " destructive step(s) may lose data ("
                + String.join("; ", destructive.stream().map(MappingDiff.Step::reason).toList())
                + "); nothing was changed; pass --force to run them");
      }
      tools.apply(steps);
      out.println("Pushed " + steps.size() + " step(s): the schema now matches the mapping.");
      return 0;
    }
  }
}
