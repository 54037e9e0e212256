package io.dbkeep.bootstrap.cli;

import io.dbkeep.bootstrap.DbkeepServer;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.OperationsConfig;
import io.dbkeep.bootstrap.config.ProductionChecks;
import io.dbkeep.bootstrap.config.ServerConfig;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dbkeep serve}: runs the HTTP server until SIGTERM/SIGINT, then stops gracefully. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Run the DBKeep server (the default command).")
public final class ServeCommand implements Callable<Integer> {

  @Mixin private DatabaseOption database;

  public ServeCommand() {
    this(new DatabaseOption());
  }

  ServeCommand(DatabaseOption database) {
    this.database = database;
  }

  @Override
  public Integer call() {
    var environment = Environment.system();
    var config = ServerConfig.from(environment, database.url());
    var operations = OperationsConfig.from(environment);
    ProductionChecks.enforce(config, operations)
        .forEach(
            warning -> LoggerFactory.getLogger(ServeCommand.class).warn("Production: {}", warning));
    var server = DbkeepServer.start(config, operations, Clock.systemUTC());
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "dbkeep-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
