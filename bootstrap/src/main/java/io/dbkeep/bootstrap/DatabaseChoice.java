package io.dbkeep.bootstrap;

import io.dbkeep.adapter.out.embedded.EmbeddedPostgresException;
import io.dbkeep.adapter.out.embedded.EmbeddedPostgresServer;
import io.dbkeep.adapter.out.embedded.EmbeddedPostgresSettings;
import io.dbkeep.bootstrap.config.ConfigurationException;
import io.dbkeep.bootstrap.config.DatabaseUrl;
import io.dbkeep.bootstrap.config.EmbeddedDatabaseConfig;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.OperationsConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Which PostgreSQL a command uses (ADR 0075), decided once at its start:
 *
 * <ol>
 *   <li>{@code --database-url} or {@code DATABASE_URL} set to a URL: that database;
 *   <li>set to {@code embedded}: the embedded PostgreSQL in {@code DBKEEP_HOME};
 *   <li>unset: the default {@code localhost:5432} when something answers there, else the embedded
 *       PostgreSQL.
 * </ol>
 *
 * In production ({@code DBKEEP_ENV=production}) neither 2 nor the fallback of 3 happens. The server
 * owns the embedded PostgreSQL it starts (a second server on the same home is refused);
 * command-line tools use the one a running DBKeep has started, or start their own for their
 * duration. Close the choice to stop an embedded PostgreSQL this process started.
 */
public final class DatabaseChoice implements AutoCloseable {

  /** The keyword that asks for the embedded PostgreSQL. */
  public static final String EMBEDDED = "embedded";

  /** Who asks. */
  public enum Use {
    /** {@code dbkeep serve}: owns the embedded PostgreSQL; refuses a home another process uses */
    SERVER,
    /** {@code db …}, {@code studio}, {@code introspect}, {@code admin}: may share a running one */
    TOOL
  }

  private final String url;
  private final EmbeddedPostgresServer embedded;
  private final String description;

  private DatabaseChoice(String url, EmbeddedPostgresServer embedded, String description) {
    this.url = url;
    this.embedded = embedded;
    this.description = description;
  }

  /**
   * Decides, starting the embedded PostgreSQL when it is the choice.
   *
   * @param urlOption {@code --database-url}, or null
   * @throws ConfigurationException when production is asked to use the embedded PostgreSQL
   * @throws DbkeepServer.StartupException when the embedded PostgreSQL cannot start (or, for the
   *     server, another process uses its home)
   */
  public static DatabaseChoice choose(Environment env, String urlOption, Use use) {
    return choose(env, urlOption, use, DatabaseChoice::somethingAnswersAtTheDefault);
  }

  static DatabaseChoice choose(
      Environment env, String urlOption, Use use, BooleanSupplier somethingAnswersAtTheDefault) {
    var given = urlOption != null ? Optional.of(urlOption.strip()) : env.text("DATABASE_URL");
    var production = OperationsConfig.from(env).production();
    var askedForEmbedded = given.map(DatabaseChoice::isEmbeddedKeyword).orElse(false);
    if (askedForEmbedded && production) {
      throw new ConfigurationException(
          "DATABASE_URL=embedded is for trying DBKeep out; DBKEEP_ENV=production needs the URL of"
              + " a PostgreSQL server");
    }
    if (given.isPresent() && !askedForEmbedded) {
      return new DatabaseChoice(urlOption, null, describeGiven(given.get()));
    }
    if (given.isEmpty() && (production || somethingAnswersAtTheDefault.getAsBoolean())) {
      return new DatabaseChoice(urlOption, null, describeGiven(DatabaseUrl.DEFAULT));
    }
    var config = EmbeddedDatabaseConfig.from(env);
    var settings =
        new EmbeddedPostgresSettings(config.home(), config.binaries(), Duration.ofSeconds(60));
    EmbeddedPostgresServer server;
    try {
      server =
          use == Use.SERVER
              ? EmbeddedPostgresServer.start(settings)
              : EmbeddedPostgresServer.startOrAttach(settings);
    } catch (EmbeddedPostgresException e) {
      throw new DbkeepServer.StartupException(e.getMessage(), e);
    }
    var why =
        askedForEmbedded ? "" : " (DATABASE_URL is not set and nothing answers at localhost:5432)";
    return new DatabaseChoice(server.connection().url(), server, server.describe() + why);
  }

  private static boolean isEmbeddedKeyword(String text) {
    return text.strip().toLowerCase(Locale.ROOT).equals(EMBEDDED);
  }

  private static String describeGiven(String text) {
    try {
      return DatabaseUrl.parse(text).display();
    } catch (ConfigurationException e) {
      return DatabaseUrl.mask(text); // not PostgreSQL (the Studio opens other engines too)
    }
  }

  /**
   * Whether a server answers at the default location, {@code localhost:5432} (any of localhost's
   * addresses, half a second each).
   */
  static boolean somethingAnswersAtTheDefault() {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName("localhost");
    } catch (IOException e) {
      return false;
    }
    for (var address : addresses) {
      try (var socket = new Socket()) {
        socket.connect(new InetSocketAddress(address, 5432), 500);
        return true;
      } catch (IOException e) {
        // try the next address
      }
    }
    return false;
  }

  /**
   * The URL to hand to the command's configuration in place of {@code --database-url}: the embedded
   * PostgreSQL's (with its password), or the option as given (null: read {@code DATABASE_URL}).
   */
  public String url() {
    return url;
  }

  /** The embedded PostgreSQL, when it is the choice. */
  public Optional<EmbeddedPostgresServer> embedded() {
    return Optional.ofNullable(embedded);
  }

  /** One line: which database, and for the embedded one where its data lives. No password. */
  public String describe() {
    return description;
  }

  /**
   * The operational settings, with backups of the embedded database in {@code DBKEEP_HOME/backups}
   * unless {@code BACKUP_DIR} says otherwise.
   */
  public OperationsConfig operations(Environment env) {
    var operations = OperationsConfig.from(env);
    if (embedded == null || env.text("BACKUP_DIR").isPresent()) {
      return operations;
    }
    var home = embedded.dataDirectory().getParent();
    return new OperationsConfig(
        home.resolve("backups"),
        operations.backupBeforeMigrate(),
        operations.environment(),
        operations.logFormat(),
        operations.metricsToken());
  }

  /**
   * The variables identity reads: with the embedded PostgreSQL and no {@code DBKEEP_SECRET}, a
   * session secret kept in {@code DBKEEP_HOME}, so that sessions survive restarts as the data does.
   */
  public Environment identityEnvironment(Environment env) {
    if (embedded == null) {
      return env;
    }
    return SessionSecretFile.apply(env, embedded.dataDirectory().getParent());
  }

  /** Stops the embedded PostgreSQL if this process started it. */
  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }

  @Override
  public String toString() {
    return "DatabaseChoice[" + description + "]";
  }
}
