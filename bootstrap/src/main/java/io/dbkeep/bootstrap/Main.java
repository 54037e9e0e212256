package io.dbkeep.bootstrap;

import io.dbkeep.application.port.out.database.SchemaMigrationException;
import io.dbkeep.bootstrap.cli.DbkeepCommand;
import io.dbkeep.bootstrap.config.ConfigurationException;
import io.dbkeep.bootstrap.config.DatabaseUrl;
import io.dbkeep.bootstrap.config.OperationsConfig;
import picocli.CommandLine;

/**
 * The {@code dbkeep} executable. Exit codes: 0 success; 1 the command failed (e.g. the database
 * cannot be reached, a document is invalid); 2 usage or configuration error.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Started without memory options: serve from a bounded child JVM (ADR 0105).
    var relaunched = BoundedJvm.relaunchIfUnbounded(args);
    if (relaunched.isPresent()) {
      System.exit(relaunched.get());
    }
    if (BoundedJvm.serves(args)) {
      BoundedJvm.haltWithParent();
    }
    chooseLogFormat(System.getenv("LOG_FORMAT"));
    // The server logs to standard output; a command's log lines go to standard error so that its
    // output stays clean for people and scripts.
    var serving = args.length == 0 || args[0].equals("serve") || args[0].startsWith("-");
    System.setProperty("dbkeep.log.target", serving ? "System.out" : "System.err");
    System.exit(run(args));
  }

  /**
   * Tells the logging configuration which format {@code LOG_FORMAT} asks for, before anything logs.
   * An unknown value falls back to text here; the command then stops with a configuration error.
   */
  static void chooseLogFormat(String logFormat) {
    var format = OperationsConfig.LogFormat.TEXT;
    if (logFormat != null && !logFormat.isBlank()) {
      try {
        format = OperationsConfig.logFormat(logFormat.strip());
      } catch (ConfigurationException e) {
        // reported by the command, which reads the same variable
      }
    }
    System.setProperty("dbkeep.log.format", format.name().toLowerCase(java.util.Locale.ROOT));
  }

  /** Runs the command line and returns the exit code (for tests and embedding). */
  public static int run(String... args) {
    return configure(new CommandLine(new DbkeepCommand())).execute(args);
  }

  /**
   * Our own failures carry a message for the operator; a library's failure is best described by its
   * root cause. Either way one line, passwords masked.
   */
  static String messageOf(Exception exception) {
    var own =
        exception instanceof IllegalStateException
            || exception instanceof IllegalArgumentException
            || exception instanceof java.io.UncheckedIOException
            || exception instanceof SchemaMigrationException;
    if (own && exception.getMessage() != null && !exception.getMessage().isBlank()) {
      return DatabaseUrl.mask(exception.getMessage().lines().findFirst().orElse(""));
    }
    return DbkeepServer.rootMessage(exception);
  }

  /** Gives {@code commandLine} dbkeep's exit codes and one-line error messages. */
  public static CommandLine configure(CommandLine commandLine) {
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
          err.println("dbkeep: " + messageOf(exception));
          return 1;
        });
    return commandLine;
  }
}
