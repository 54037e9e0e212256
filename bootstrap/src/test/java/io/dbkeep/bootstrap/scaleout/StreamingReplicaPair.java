package io.dbkeep.bootstrap.scaleout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL primary and its streaming replica, both made for the test from the machine's
 * PostgreSQL 15 binaries in a temporary directory: {@code initdb} (trust, replication allowed from
 * loopback), the primary started on a free port, {@code pg_basebackup -R} into a second directory,
 * the replica started on another free port. Run as the {@code postgres} user ({@code runuser}),
 * since PostgreSQL refuses to run as root. The machine's own cluster is not touched: its {@code
 * pg_hba.conf} allows no replication connections.
 */
final class StreamingReplicaPair implements AutoCloseable {

  static final Path BINARIES = Path.of("/usr/lib/postgresql/15/bin");

  final int primaryPort;
  final int replicaPort;
  private final Path directory;
  private final List<Process> servers = new ArrayList<>();

  private StreamingReplicaPair(Path directory, int primaryPort, int replicaPort) {
    this.directory = directory;
    this.primaryPort = primaryPort;
    this.replicaPort = replicaPort;
  }

  static StreamingReplicaPair start() throws Exception {
    var directory = Files.createTempDirectory("dbkeep-replica");
    run(List.of("chown", "postgres:postgres", directory.toString()));
    run(List.of("chmod", "700", directory.toString()));
    var pair = new StreamingReplicaPair(directory, ClusterNode.freePort(), ClusterNode.freePort());
    try {
      pair.startBoth();
      return pair;
    } catch (Exception e) {
      pair.close();
      throw e;
    }
  }

  private void startBoth() throws Exception {
    var primary = directory.resolve("primary").toString();
    var replica = directory.resolve("replica").toString();
    asPostgres(
        BINARIES.resolve("initdb").toString(),
        "-D",
        primary,
        "-U",
        "postgres",
        "-A",
        "trust",
        "--no-sync");
    servers.add(postmaster(primary, primaryPort, "primary"));
    awaitConnectable(primaryPort);
    asPostgres(
        BINARIES.resolve("pg_basebackup").toString(),
        "-h",
        "127.0.0.1",
        "-p",
        Integer.toString(primaryPort),
        "-U",
        "postgres",
        "-D",
        replica,
        "-R",
        "-X",
        "stream",
        "--no-sync");
    servers.add(postmaster(replica, replicaPort, "replica"));
    awaitConnectable(replicaPort);
  }

  private Process postmaster(String dataDirectory, int port, String name) throws IOException {
    var builder =
        new ProcessBuilder(
            "runuser",
            "-u",
            "postgres",
            "--",
            BINARIES.resolve("postgres").toString(),
            "-D",
            dataDirectory,
            "-p",
            Integer.toString(port),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "unix_socket_directories=" + directory,
            "-c",
            "fsync=off",
            "-c",
            "shared_buffers=16MB",
            "-c",
            "max_connections=40");
    builder.redirectErrorStream(true);
    builder.redirectOutput(directory.resolve(name + ".log").toFile());
    return builder.start();
  }

  String jdbcUrl(int port, String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
  }

  Connection connect(int port, String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(port, database));
  }

  /** Waits until the replica has replayed everything the primary has written so far. */
  void awaitReplicaCaughtUp(String database) throws Exception {
    String target;
    try (var primary = connect(primaryPort, database);
        var rows = primary.createStatement().executeQuery("select pg_current_wal_lsn()::text")) {
      rows.next();
      target = rows.getString(1);
    }
    var deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      try (var standby = connect(replicaPort, database);
          var statement =
              standby.prepareStatement("select pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
        statement.setString(1, target);
        try (var rows = statement.executeQuery()) {
          if (rows.next() && rows.getBoolean(1)) {
            return;
          }
        }
      } catch (SQLException notYet) {
        // the database may not have reached the replica yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        "the replica did not catch up within 120 s:\n" + log("replica"));
  }

  /** Stops or resumes the replica's replay of the primary's WAL (the stream keeps arriving). */
  void replay(boolean on) throws SQLException {
    try (var standby = connect(replicaPort, "postgres")) {
      standby
          .createStatement()
          .execute(on ? "select pg_wal_replay_resume()" : "select pg_wal_replay_pause()");
    }
  }

  /** Stops the replica (fast shutdown). */
  void stopReplica() throws Exception {
    stop("replica");
    servers.get(1).waitFor(60, TimeUnit.SECONDS);
  }

  private void stop(String name) {
    try {
      asPostgres(
          BINARIES.resolve("pg_ctl").toString(),
          "stop",
          "-D",
          directory.resolve(name).toString(),
          "-m",
          "fast",
          "-w");
    } catch (Exception alreadyStopped) {
      // not running (or never started)
    }
  }

  String log(String name) {
    try {
      return Files.readString(directory.resolve(name + ".log"));
    } catch (IOException e) {
      return "";
    }
  }

  private void awaitConnectable(int port) throws Exception {
    var deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    SQLException last = null;
    while (System.nanoTime() < deadline) {
      try (var ignored = connect(port, "postgres")) {
        return;
      } catch (SQLException e) {
        last = e;
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException(
        "PostgreSQL on port " + port + " did not start:\n" + log("primary") + log("replica"), last);
  }

  private static void asPostgres(String... command) throws Exception {
    var full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
    full.addAll(List.of(command));
    run(full);
  }

  private static void run(List<String> command) throws Exception {
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
  }

  @Override
  public void close() throws Exception {
    stop("replica");
    stop("primary");
    for (var server : servers) {
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
    run(List.of("rm", "-rf", directory.toString()));
  }
}
