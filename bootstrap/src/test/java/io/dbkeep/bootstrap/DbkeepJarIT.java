package io.dbkeep.bootstrap;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.testsupport.HttpTestClient;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The packaged {@code bootstrap/target/dbkeep.jar}, run as a user runs it. */
class DbkeepJarIT {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)");

  @Test
  void theJarServesTheApiAndStopsGracefullyOnSigterm() throws Exception {
    var process =
        start(
            Map.of(
                "DATABASE_URL",
                DATABASE.databaseUrl(),
                "PORT",
                "0",
                "HOST",
                "127.0.0.1",
                "GUEST_MODE",
                "true"),
            List.of());
    var output = new CopyOnWriteArrayList<String>();
    var port = CompletableFuture.supplyAsync(() -> awaitPort(process, output));
    var http = new HttpTestClient(port.get(60, TimeUnit.SECONDS));

    var created = http.post("/api/projects", "{\"name\":\"From the jar\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    var id = json(created).get("id").asString();
    assertThat(http.get("/api/projects/" + id).statusCode()).isEqualTo(200);
    assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);

    process.toHandle().destroy(); // SIGTERM, keeping our end of its output open
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(200);
    assertThat(String.join("\n", output))
        .as("exit " + process.exitValue())
        .contains("DBKeep stopped");
  }

  @Test
  void aMalformedDatabaseUrlExitsWithStatus2AndAMaskedMessage() throws Exception {
    var process = start(Map.of("DATABASE_URL", "postgres://me:hunter2@db:port/x"), List.of());

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    var stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(stderr).contains("DATABASE_URL").doesNotContain("hunter2");
    assertThat(stderr.lines().count()).isEqualTo(1);
  }

  @Test
  void versionAndHelpAnswer() throws Exception {
    var version = start(Map.of(), List.of("version"));
    assertThat(version.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(version.exitValue()).isZero();
    assertThat(new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .startsWith("dbkeep ");

    var help = start(Map.of(), List.of("--help"));
    assertThat(help.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(help.exitValue()).isZero();
    assertThat(new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("serve", "version");
  }

  @Test
  void adminCreateMakesAnAdministratorWithThePasswordFromStandardInput() throws Exception {
    var env = Map.of("DATABASE_URL", DATABASE.databaseUrl());
    var args = List.of("admin", "create", "--email", "Root@Example.com", "--name", "Root");

    var created = start(env, args);
    created.getOutputStream().write("root password 1\n".getBytes(StandardCharsets.UTF_8));
    created.getOutputStream().close();
    assertThat(created.waitFor(60, TimeUnit.SECONDS)).isTrue();
    var out = new String(created.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(created.exitValue()).as(out).isZero();
    assertThat(out).contains("Created administrator root@example.com");

    var again = start(env, args);
    again.getOutputStream().write("another password\n".getBytes(StandardCharsets.UTF_8));
    again.getOutputStream().close();
    assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(again.exitValue()).isZero();
    assertThat(new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("already has an account");

    var tooShort =
        start(env, List.of("admin", "create", "--email", "x@example.com", "--name", "X"));
    tooShort.getOutputStream().write("short\n".getBytes(StandardCharsets.UTF_8));
    tooShort.getOutputStream().close();
    assertThat(tooShort.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(tooShort.exitValue()).isEqualTo(2);
    var stderr = new String(tooShort.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(stderr.strip()).isEqualTo("dbkeep: the password must have at least 8 characters");

    try (var connection = DATABASE.connect();
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "select u.role, u.email_verified, a.password from \"user\" u"
                        + " join account a on a.user_id = u.id where u.email = 'root@example.com'")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("admin");
      assertThat(rows.getBoolean(2)).isTrue();
      assertThat(rows.getString(3)).startsWith("$argon2id$");
    }
  }

  private static Process start(Map<String, String> env, List<String> args) throws Exception {
    var jar = Path.of(System.getProperty("dbkeep.jar", "target/dbkeep.jar"));
    assertThat(Files.exists(jar)).as("the packaged jar at " + jar).isTrue();
    var command = new ArrayList<>(List.of(javaBinary(), "-jar", jar.toString()));
    command.addAll(args);
    var builder = new ProcessBuilder(command);
    builder.environment().remove("DATABASE_URL");
    builder.environment().putAll(env);
    return builder.start();
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int awaitPort(Process process, List<String> output) {
    try {
      var reader =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line;
      Integer port = null;
      while ((line = reader.readLine()) != null) {
        output.add(line);
        var matcher = LISTENING.matcher(line);
        if (port == null && matcher.find()) {
          port = Integer.parseInt(matcher.group(1));
          var found = port;
          // keep draining the output in the background so the process never blocks on it
          var rest = reader;
          new Thread(
                  () -> {
                    try {
                      String more;
                      while ((more = rest.readLine()) != null) {
                        output.add(more);
                      }
                    } catch (java.io.IOException ignored) {
                      // the process ended
                    }
                  })
              .start();
          return found;
        }
      }
      throw new IllegalStateException("the server never said it listens:\n" + output);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
