package io.dbkeep.bootstrap.cli;

import io.dbkeep.bootstrap.DatabaseChoice;
import io.dbkeep.bootstrap.DbkeepServer;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.ProductionChecks;
import io.dbkeep.bootstrap.config.ServerConfig;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dbkeep serve}: runs the HTTP server until SIGTERM/SIGINT, then stops gracefully — the HTTP
 * server first, then the embedded PostgreSQL when it runs one.
 *
 * <p>The start path, in order: choose the database ({@link DatabaseChoice}: DATABASE_URL, the
 * default local server, or the embedded PostgreSQL), read the configuration, check production's
 * rules, migrate, listen, log the address to open, open the browser when asked.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Run the DBKeep server (the default command).")
public final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Spec private CommandSpec spec;
  @Mixin private DatabaseOption database;
  @Mixin private OpenOption open;

  public ServeCommand() {
    this(new DatabaseOption(), new OpenOption());
  }

  ServeCommand(DatabaseOption database, OpenOption open) {
    this.database = database;
    this.open = open;
  }

  @Override
  public Integer call() {
    var environment = Environment.system();
    var choice = DatabaseChoice.choose(environment, database.url(), DatabaseChoice.Use.SERVER);
    DbkeepServer server;
    try {
      var config = ServerConfig.from(environment, choice.url());
      var operations = choice.operations(environment);
      ProductionChecks.enforce(config, operations)
          .forEach(warning -> LOG.warn("Production: {}", warning));
      LOG.info("Database: {}", choice.describe());
      var identity = IdentityConfig.from(choice.identityEnvironment(environment), config.port());
      server = DbkeepServer.start(config, operations, identity, Clock.systemUTC());
    } catch (RuntimeException e) {
      choice.close();
      throw e;
    }
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                  } finally {
                    choice.close();
                    stopped.countDown();
                  }
                },
                "dbkeep-shutdown"));
    if (open.open()) {
      var err =
          spec == null ? new java.io.PrintWriter(System.err, true) : spec.commandLine().getErr();
      StudioCommand.Browser.open(server.address(), err);
    }
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
