package io.dbkeep.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.testsupport.HttpTestClient;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container's entrypoint script ({@code docker/entrypoint.sh}) run directly, as the image runs
 * it, against the local PostgreSQL with the packaged jar: serve with JSON logs, the health check,
 * lifecycle commands, and a graceful stop on SIGTERM.
 */
class EntrypointIT {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Path SCRIPT = ROOT.resolve("docker/entrypoint.sh");

  @TempDir Path backups;

  private Map<String, String> environment(int port) {
    var env = new HashMap<String, String>();
    env.put(
        "DBKEEP_JAR",
        Path.of(System.getProperty("dbkeep.jar", "target/dbkeep.jar")).toAbsolutePath().toString());
    env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    env.put("JAVA_OPTS", "-Xmx256m");
    env.put("DATABASE_URL", DATABASE.databaseUrl());
    env.put("HOST", "127.0.0.1");
    env.put("PORT", Integer.toString(port));
    env.put("BACKUP_DIR", backups.toString());
    env.put("LOG_FORMAT", "json");
    env.put("GUEST_MODE", "true");
    env.put("DBKEEP_SECRET", "entrypoint-test-secret-0123456789abcdef");
    return env;
  }

  private static Process run(Map<String, String> env, String... args) throws Exception {
    var command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command);
    builder.environment().remove("DATABASE_URL");
    builder.environment().putAll(env);
    return builder.start();
  }

  private static int exitOf(Map<String, String> env, String... args) throws Exception {
    var process = run(env, args);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  @Test
  void theEntrypointServesWithJsonLogsPassesItsHealthCheckRunsCommandsAndStopsGracefully()
      throws Exception {
    int port;
    try (var probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    var env = environment(port);
    assertThat(exitOf(env, "healthcheck")).as("nothing listens yet").isEqualTo(1);

    var server = run(env);
    var output = new CopyOnWriteArrayList<String>();
    var reader =
        new Thread(
            () -> {
              try (var lines =
                  new BufferedReader(
                      new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  output.add(line);
                }
              } catch (java.io.IOException ignored) {
                // ended
              }
            });
    reader.start();
    var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (exitOf(env, "healthcheck") != 0) {
      assertThat(server.isAlive()).as(String.join("\n", output)).isTrue();
      assertThat(System.nanoTime()).as("healthy in time").isLessThan(deadline);
      Thread.sleep(250);
    }

    var http = new HttpTestClient(port);
    var listed = http.get("/api/projects", "X-Request-Id", "entrypoint-1");
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.headers().firstValue("X-Request-Id")).contains("entrypoint-1");

    var status = run(env, "db", "status");
    assertThat(status.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("In sync.");
    assertThat(status.exitValue()).isZero();
    assertThat(exitOf(env, "db", "backup", "--out", backups.resolve("b.zip").toString())).isZero();
    assertThat(Files.size(backups.resolve("b.zip"))).isPositive();

    server.toHandle().destroy(); // SIGTERM to the script's process, which exec'd the JVM
    assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
    reader.join(5_000);
    assertThat(exitOf(env, "healthcheck")).isEqualTo(1);

    var mapper = JsonMapper.builder().build();
    var events = new ArrayList<JsonNode>();
    for (var line : output) {
      events.add(mapper.readTree(line)); // every line is one JSON object
    }
    assertThat(events).isNotEmpty();
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.get("formattedMessage").asString())
                  .startsWith("GET /api/projects 200 ")
                  .endsWith("requestId=entrypoint-1");
              assertThat(e.get("level").asString()).isEqualTo("INFO");
              assertThat(e.toString()).contains("\"requestId\"");
            });
    assertThat(events)
        .anySatisfy(
            e -> assertThat(e.get("formattedMessage").asString()).isEqualTo("DBKeep stopped"));
  }

  @Test
  void anUnknownLogFormatIsAConfigurationError() throws Exception {
    var env = environment(0);
    env.put("LOG_FORMAT", "xml");
    var process = run(env, "serve");
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    var stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(stderr.strip()).isEqualTo("dbkeep: LOG_FORMAT must be text or json, not \"xml\"");
  }
}
