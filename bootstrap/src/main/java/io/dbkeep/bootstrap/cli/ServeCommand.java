package io.dbkeep.bootstrap.cli;

import io.dbkeep.bootstrap.DbkeepServer;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.ServerConfig;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
    var config = ServerConfig.from(Environment.system(), database.url());
    var server = DbkeepServer.start(config, Clock.systemUTC());
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
