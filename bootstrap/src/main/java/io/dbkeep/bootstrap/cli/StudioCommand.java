package io.dbkeep.bootstrap.cli;

import io.dbkeep.adapter.in.web.WebSettings;
import io.dbkeep.bootstrap.DatabaseChoice;
import io.dbkeep.bootstrap.StudioServer;
import io.dbkeep.bootstrap.config.ConfigurationException;
import io.dbkeep.bootstrap.config.DatabaseUrl;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.StudioConfig;
import io.dbkeep.bootstrap.config.StudioDatabaseUrl;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dbkeep studio}: browse and edit a database in the browser. */
@Command(
    name = "studio",
    mixinStandardHelpOptions = true,
    description = {
      "Browse and edit a database in the browser: tables, rows, filters, inline edits, raw SQL.",
      "Prints one line with the address and its access token: Studio: http://127.0.0.1:4983/studio?token=…"
    })
public final class StudioCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--database-url",
      paramLabel = "URL",
      description =
          "postgres://…, jdbc:postgresql://…, mysql://user:password@host:port/db, mariadb://…,"
              + " jdbc:mariadb://…, jdbc:sqlite:FILE, embedded; default: $DATABASE_URL, else DBKeep's own"
              + " database (the embedded one when nothing answers at localhost:5432)")
  String databaseUrl;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port (default 4983; 0 picks a free one)")
  Integer port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "Interface to bind (default 127.0.0.1)")
  String host;

  @Option(
      names = "--read-only",
      description = "Run every statement in a read-only transaction; no editing")
  boolean readOnly;

  @Option(names = "--no-sql", description = "Switch the SQL console off")
  boolean noSql;

  @Option(names = "--open", description = "Open the system browser, when there is one")
  boolean open;

  @Option(
      names = "--statement-timeout",
      paramLabel = "DURATION",
      description = "Longest a statement may run (default $STUDIO_STATEMENT_TIMEOUT, else 30s)")
  String statementTimeout;

  private final Environment environment;

  public StudioCommand() {
    this(Environment.system());
  }

  StudioCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    var choice = DatabaseChoice.choose(environment, databaseUrl, DatabaseChoice.Use.TOOL);
    StudioServer server;
    try {
      server = StudioServer.start(config(choice.url()));
    } catch (RuntimeException e) {
      choice.close();
      throw e;
    }
    var out = spec.commandLine().getOut();
    out.println("Studio: " + server.url());
    out.flush();
    if (open) {
      Browser.open(server.url(), spec.commandLine().getErr());
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
                "dbkeep-studio-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  StudioConfig config() {
    return config(databaseUrl);
  }

  /** The configuration with {@code urlOption} in place of {@code --database-url}. */
  StudioConfig config(String urlOption) {
    var url =
        urlOption != null
            ? urlOption
            : environment.text("DATABASE_URL").orElse(DatabaseUrl.DEFAULT);
    Duration timeout;
    if (statementTimeout != null) {
      timeout =
          new Environment(java.util.Map.of("--statement-timeout", statementTimeout))
              .duration("--statement-timeout", Duration.ofSeconds(30));
      if (timeout.toMillis() < 100) {
        throw new ConfigurationException("--statement-timeout must be at least 100ms");
      }
    } else {
      timeout = StudioConfig.statementTimeout(environment);
    }
    var chosenPort = port == null ? StudioConfig.DEFAULT_PORT : port;
    if (chosenPort < 0 || chosenPort > 65_535) {
      throw new ConfigurationException("--port must be between 0 and 65535");
    }
    return new StudioConfig(
        StudioDatabaseUrl.parse(url),
        host == null ? StudioConfig.DEFAULT_HOST : host,
        chosenPort,
        readOnly,
        !noSql,
        timeout,
        environment.bytes("MAX_REQUEST_SIZE", WebSettings.DEFAULT_MAX_REQUEST_BYTES));
  }

  /** Opens the system browser, if this machine has one. */
  static final class Browser {
    private Browser() {}

    static void open(String url, java.io.PrintWriter err) {
      try {
        if (java.awt.Desktop.isDesktopSupported()
            && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
          java.awt.Desktop.getDesktop().browse(java.net.URI.create(url));
          return;
        }
      } catch (Exception | LinkageError e) {
        // Fall back to the platform's opener.
      }
      var os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
      List<String> command =
          os.contains("mac")
              ? List.of("open", url)
              : os.contains("win")
                  ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                  : List.of("xdg-open", url);
      try {
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
      } catch (java.io.IOException e) {
        err.println("dbkeep: no browser to open here; open the address above yourself");
      }
    }
  }
}
