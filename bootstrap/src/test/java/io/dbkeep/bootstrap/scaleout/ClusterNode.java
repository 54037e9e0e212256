package io.dbkeep.bootstrap.scaleout;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the packaged jar ({@code java -jar dbkeep.jar}) on a port of its own, its output
 * in a log file. {@link #kill()} sends SIGKILL; {@link #close()} SIGTERM (then SIGKILL after 30 s).
 */
final class ClusterNode implements AutoCloseable {

  final String name;
  final int port;
  final Path log;
  private final Process process;

  private ClusterNode(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /** A free port on the loopback interface, as the operating system hands one out. */
  static int freePort() {
    try (var socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts the jar with {@code environment} on {@code port}; returns once it is started. */
  static ClusterNode start(String name, int port, Path directory, Map<String, String> environment)
      throws IOException {
    var jar = Path.of(System.getProperty("dbkeep.jar", "target/dbkeep.jar"));
    if (!Files.exists(jar)) {
      throw new IllegalStateException("the packaged jar is missing: " + jar);
    }
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // an explicit heap keeps the server in this JVM (no relaunch), so SIGKILL hits the server
    var command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx192m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString()));
    var builder = new ProcessBuilder(command);
    builder.environment().remove("DATABASE_URL");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().putAll(environment);
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("HOST", "127.0.0.1");
    var log = directory.resolve(name + ".log");
    builder.redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    return new ClusterNode(name, port, log, builder.start());
  }

  /** Waits until {@code /health/ready} answers 200 (or fails with the node's log). */
  ClusterNode awaitReady(Duration timeout) throws InterruptedException {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    var deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + ":\n" + tail());
      }
      try {
        var response =
            client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " was not ready within " + timeout + ":\n" + tail());
  }

  boolean alive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no graceful stop, in-flight requests cut. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(60, TimeUnit.SECONDS);
  }

  /** The node's log so far. */
  String logText() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  String tail() {
    var lines = logText().lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }
}
