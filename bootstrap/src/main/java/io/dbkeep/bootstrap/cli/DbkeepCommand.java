package io.dbkeep.bootstrap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dbkeep}: without a subcommand it serves, like {@code dbkeep serve}. */
@Command(
    name = "dbkeep",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description = "DBKeep: design database schemas, validate them, export SQL that executes.",
    subcommands = {
      ServeCommand.class,
      VersionCommand.class,
      DbCommand.class,
      SqlCommand.class,
      ExportCommand.class,
      DiffCommand.class,
      ImportCommand.class,
      ValidateCommand.class,
      StudioCommand.class,
      IntrospectCommand.class,
      AdminCommand.class
    })
public final class DbkeepCommand implements Callable<Integer> {

  @Mixin private DatabaseOption database = new DatabaseOption();
  @Mixin private OpenOption open = new OpenOption();

  @Override
  public Integer call() {
    return new ServeCommand(database, open).call();
  }
}
