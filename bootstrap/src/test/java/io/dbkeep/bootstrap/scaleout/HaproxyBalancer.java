package io.dbkeep.bootstrap.scaleout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy ({@code /usr/sbin/haproxy}) in the foreground with a configuration written for
 * the test: round robin over the nodes, health checks on {@code /health/ready}, connection failures
 * retried on another node, and the answering node named in {@code X-Served-By}. The same
 * configuration is shown in docs/operations.md.
 */
final class HaproxyBalancer implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/sbin/haproxy");

  final int port;
  private final Process process;
  private final Path log;

  private HaproxyBalancer(int port, Process process, Path log) {
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** The configuration for {@code servers} (name and port each), listening on {@code port}. */
  static String configuration(int port, List<String> names, List<Integer> ports) {
    var servers = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      servers
          .append("    server ")
          .append(names.get(i))
          .append(" 127.0.0.1:")
          .append(ports.get(i))
          .append(" check\n");
    }
    return """
        global
            maxconn 512
            log stdout format raw local0

        defaults
            mode http
            log global
            option httplog
            timeout connect 2s
            timeout client 60s
            timeout server 60s
            timeout check 5s
            # a refused or failed connection is tried again, on another node
            retries 3
            option redispatch 1
            retry-on conn-failure empty-response response-timeout

        frontend dbkeep
            bind 127.0.0.1:%d
            default_backend dbkeep_nodes

        backend dbkeep_nodes
            balance roundrobin
            option httpchk
            http-check send meth GET uri /health/ready
            http-check expect status 200
            default-server inter 500ms fall 2 rise 2
            http-response set-header X-Served-By %%[srv_name]
        %s"""
        .formatted(port, servers);
  }

  static HaproxyBalancer start(Path directory, List<String> names, List<Integer> ports)
      throws IOException {
    var port = ClusterNode.freePort();
    var config = directory.resolve("haproxy.cfg");
    Files.writeString(config, configuration(port, names, ports), StandardCharsets.UTF_8);
    var log = directory.resolve("haproxy.log");
    var builder = new ProcessBuilder(BINARY.toString(), "-db", "-f", config.toString());
    builder.redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    return new HaproxyBalancer(port, builder.start(), log);
  }

  /** Waits until the proxy answers {@code /health/ready} with 200 through a healthy node. */
  /**
   * Waits until the proxy has routed a request to each of {@code nodes} (its health checks mark a
   * node up only after two good checks, so a node that answers may not get traffic yet).
   */
  HaproxyBalancer awaitServing(java.util.Collection<String> nodes, Duration timeout)
      throws InterruptedException {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    var seen = new java.util.HashSet<String>();
    var deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        var response =
            client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        response.headers().firstValue("X-Served-By").ifPresent(seen::add);
        if (seen.containsAll(nodes)) {
          return this;
        }
      } catch (IOException notYet) {
        // a node going up or down
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        "haproxy did not route to all of "
            + nodes
            + " within "
            + timeout
            + " (saw "
            + seen
            + "):\n"
            + logText());
  }

  HaproxyBalancer awaitReady(Duration timeout) throws InterruptedException {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    var deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("haproxy exited:\n" + logText());
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
    throw new IllegalStateException("haproxy was not ready within " + timeout + ":\n" + logText());
  }

  String logText() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
