package io.dbkeep.bootstrap.cli;

import io.dbkeep.bootstrap.DatabaseChoice;
import io.dbkeep.bootstrap.DatabaseTools;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.OperationsConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dbkeep db …}: the database lifecycle. */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = "Manage DBKeep's database: status, migrate, backup, restore, generate, push.",
    subcommands = {
      DbStatusCommand.class,
      DbMigrateCommand.class,
      DbBackupCommand.class,
      DbRestoreCommand.class,
      DbGenerateCommand.class,
      DbPushCommand.class
    })
public final class DbCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final Environment environment;
  private final Clock clock;

  public DbCommand() {
    this(Environment.system(), Clock.systemUTC());
  }

  /** For tests and embedding: the variables to read instead of the process environment. */
  public DbCommand(Environment environment, Clock clock) {
    this.environment = environment;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "dbkeep db needs a command: status, migrate, backup, restore, generate or push");
  }

  ServerConfig serverConfig(DatabaseOption database) {
    return ServerConfig.from(environment, database.url());
  }

  OperationsConfig operations() {
    return OperationsConfig.from(environment);
  }

  /**
   * The database tools on the chosen database (the embedded PostgreSQL too: a running DBKeep's, or
   * one started for this command and stopped when the tools close).
   */
  DatabaseTools open(DatabaseOption database, boolean createIfMissing) {
    var choice = DatabaseChoice.choose(environment, database.url(), DatabaseChoice.Use.TOOL);
    try {
      var config = ServerConfig.from(environment, choice.url());
      return DatabaseTools.open(config, choice.operations(environment), clock, createIfMissing)
          .closing(choice);
    } catch (RuntimeException e) {
      choice.close();
      throw e;
    }
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Prints {@code dbkeep: message} to standard error and returns exit status 1. */
  int refuse(String message) {
    spec.commandLine().getErr().println("dbkeep: " + message);
    return 1;
  }
}
