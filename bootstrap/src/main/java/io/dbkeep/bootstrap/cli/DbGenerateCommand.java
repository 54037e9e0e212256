package io.dbkeep.bootstrap.cli;

import io.dbkeep.adapter.out.persistence.lifecycle.MappingDiff;
import io.dbkeep.bootstrap.DatabaseTools;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dbkeep db generate NAME [--dir PATH]}. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write the next migration (V<n+1>__<name>.sql) for a changed mapping.",
      "Compares the mapping with the schema the existing migrations produce on a scratch database",
      "(created on the DATABASE_URL server, then dropped). Prints \"Nothing to generate\" when",
      "they agree."
    })
public final class DbGenerateCommand implements Callable<Integer> {

  /** The persistence adapter's migrations, seen from a checkout of DBKeep. */
  static final Path DEFAULT_FOLDER =
      Path.of("persistence-adapter", "src", "main", "resources", "db", "migration");

  @ParentCommand private DbCommand db;
  @Mixin private DatabaseOption database = new DatabaseOption();

  @Parameters(index = "0", paramLabel = "NAME", description = "What it does: add_project_tags.")
  private String name;

  @Option(
      names = "--dir",
      paramLabel = "PATH",
      description = "The migrations folder (default: " + "${DEFAULT-VALUE}).",
      defaultValue = "persistence-adapter/src/main/resources/db/migration")
  private Path folder;

  @Override
  public Integer call() {
    var config = db.serverConfig(database);
    try {
      var result = DatabaseTools.generate(config, folder, name);
      var out = db.out();
      if (result.file().isEmpty()) {
        out.println("Nothing to generate: the mapping matches the migrations in " + folder + ".");
        return 0;
      }
      out.println("Wrote " + result.file().get() + ":");
      result.steps().forEach(s -> out.println("  " + s));
      if (result.steps().stream().anyMatch(MappingDiff.Step::destructive)) {
        out.println("It contains destructive steps (marked): review them before committing.");
      }
      if (!result.remaining().isEmpty()) {
        out.println("After it, these differences remain (fix the mapping or edit the file):");
        result.remaining().forEach(s -> out.println("  " + s));
        return 1;
      }
      return 0;
    } catch (IllegalArgumentException e) {
      return db.refuse(e.getMessage());
    }
  }
}
