package io.dbkeep.bootstrap;

import io.dbkeep.bootstrap.cli.DbkeepCommand;
import io.dbkeep.bootstrap.config.ConfigurationException;
import picocli.CommandLine;

/**
 * The {@code dbkeep} executable. Exit codes: 0 success; 1 the command failed (e.g. the database
 * cannot be reached, a document is invalid); 2 usage or configuration error.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests and embedding). */
  public static int run(String... args) {
    var commandLine = new CommandLine(new DbkeepCommand());
    // Documents hold any Unicode: write UTF-8 whatever the platform's default charset.
    commandLine.setOut(
        new java.io.PrintWriter(
            new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8),
            true));
    commandLine.setErr(
        new java.io.PrintWriter(
            new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8),
            true));
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          var err = cmd.getErr();
          if (exception instanceof ConfigurationException) {
            err.println("dbkeep: " + exception.getMessage());
            return 2;
          }
          if (exception instanceof DbkeepServer.StartupException) {
            err.println("dbkeep: " + exception.getMessage());
            return 1;
          }
          err.println("dbkeep: " + DbkeepServer.rootMessage(exception));
          return 1;
        });
    return commandLine.execute(args);
  }
}
