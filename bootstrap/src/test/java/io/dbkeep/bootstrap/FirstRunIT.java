package io.dbkeep.bootstrap;

import static io.dbkeep.bootstrap.Browser.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first run, as a user does it: the packaged jar with nothing but a JDK — here {@code
 * DATABASE_URL=embedded} and a temporary {@code DBKEEP_HOME} — signs up, keeps a project across a
 * SIGTERM and a restart, refuses a second instance, lets {@code dbkeep db backup} and {@code dbkeep
 * introspect} use the running database, and recovers after a SIGKILL. Start-to-ready times are
 * printed (and written to {@code target/first-run-timings.txt}) for docs/performance.md.
 */
class FirstRunIT {

  private static final Pattern OPEN =
      Pattern.compile("listening on http://[^ ]+ - open (http://\\S+)");
  private static final String BASE = "http://localhost:8080";

  @TempDir Path home;

  @Test
  void theJarRunsOnItsEmbeddedPostgresThroughStopsRestartsAndCrashes() throws Exception {
    var timings = new ArrayList<String>();
    var data = home.resolve("postgres").toString();

    // a fresh home: PostgreSQL is created, migrated, and one line says which database and where
    var first = Server.start(home, Map.of());
    timings.add("fresh DBKEEP_HOME: " + first.readyAfter.toMillis() + " ms to the first 200");
    var password = ownerPassword();
    assertThat(first.output())
        .contains("Database: embedded PostgreSQL 17", "data in " + data)
        .doesNotContain(password);
    assertThat(first.address).isEqualTo("http://localhost:" + first.port + "/");

    var token = signUp(first.port);
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(home.resolve("session-secret"))))
        .isEqualTo("rw-------");
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(home.resolve("database-passwords"))))
        .isEqualTo("rw-------");
    var created =
        new Browser(first.port)
            .bearer(token)
            .post("/api/projects", "{\"name\":\"Kept across restarts\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var id = json(created).get("id").asString();

    // a second instance on the same home refuses, clearly
    var second = Server.launch(home, Map.of(), List.of());
    assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    var refusal = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(second.exitValue()).as(refusal).isEqualTo(1);
    assertThat(refusal).contains("dbkeep: another DBKeep", "is already running", home.toString());

    // a command-line tool uses the running server's PostgreSQL
    var backup = home.resolve("backup.zip");
    var tool = Server.launch(home, Map.of(), List.of("db", "backup", "--out", backup.toString()));
    assertThat(tool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    var toolOutput = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(tool.exitValue()).as(toolOutput).isZero();
    assertThat(toolOutput).contains("Backup written to " + backup);
    var introspect =
        Server.launch(
            home, Map.of(), List.of("introspect", "--out", home.resolve("schema.json").toString()));
    assertThat(introspect.waitFor(60, TimeUnit.SECONDS)).isTrue();
    var introspectOutput =
        new String(introspect.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(introspect.exitValue()).as(introspectOutput).isZero();
    assertThat(Files.readString(home.resolve("schema.json")))
        .contains("\"project\"", "\"session\"");

    // SIGTERM: the server stops, then PostgreSQL; nothing is left running, no lock file is left
    var postmaster = postmasterOf(data).orElseThrow();
    first.stop();
    assertThat(first.output()).contains("DBKeep stopped", "Embedded PostgreSQL stopped");
    assertThat(postmaster.isAlive()).isFalse();
    assertThat(postgresProcessesOn(data)).isEmpty();
    assertThat(home.resolve("dbkeep.lock")).doesNotExist();
    assertThat(home.resolve("postgres/postmaster.pid")).doesNotExist();
    assertThat(home.resolve("postgres/epg-lock")).doesNotExist();

    // a restart on the existing data: the session and the project are still there
    var restarted = Server.start(home, Map.of());
    timings.add(
        "existing DBKEEP_HOME: " + restarted.readyAfter.toMillis() + " ms to the first 200");
    var read = new Browser(restarted.port).bearer(token).get("/api/projects/" + id);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(json(read).get("name").asString()).isEqualTo("Kept across restarts");

    // SIGKILL: the JVM dies at once and its PostgreSQL is orphaned (it runs detached) ...
    var orphan = postmasterOf(data).orElseThrow();
    restarted.kill();
    assertThat(orphan.isAlive()).isTrue();

    // ... the next start stops the orphan, and everything is still there
    var recovered = Server.start(home, Map.of());
    timings.add(
        "after a SIGKILL (orphan stopped, then start): "
            + recovered.readyAfter.toMillis()
            + " ms to the first 200");
    assertThat(recovered.output()).contains("left running on " + data);
    assertThat(orphan.isAlive()).isFalse();
    var again = new Browser(recovered.port).bearer(token).get("/api/projects/" + id);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    recovered.stop();
    assertThat(postgresProcessesOn(data)).isEmpty();
    assertThat(home.resolve("dbkeep.lock")).doesNotExist();

    timings.forEach(t -> System.out.println("First run timing: " + t));
    Files.write(Path.of("target", "first-run-timings.txt"), timings);
  }

  @Test
  void productionNeverFallsBackToTheEmbeddedDatabase() throws Exception {
    var production =
        Map.of("DBKEEP_ENV", "production", "DBKEEP_SECRET", "x".repeat(40), "PORT", "0");

    var unset = Server.launch(home, production, List.of());
    assertThat(unset.waitFor(60, TimeUnit.SECONDS)).isTrue();
    var unsetOutput = new String(unset.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(unset.exitValue()).as(unsetOutput).isEqualTo(2);
    assertThat(unsetOutput).contains("DBKEEP_ENV=production needs DATABASE_URL");

    var withEmbedded = new java.util.HashMap<>(production);
    withEmbedded.put("DATABASE_URL", "embedded");
    var embedded = Server.launch(home, withEmbedded, List.of());
    assertThat(embedded.waitFor(60, TimeUnit.SECONDS)).isTrue();
    var embeddedOutput =
        new String(embedded.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(embedded.exitValue()).as(embeddedOutput).isEqualTo(2);
    assertThat(embeddedOutput).contains("DATABASE_URL=embedded", "production");

    assertThat(home.resolve("postgres")).as("no embedded database was created").doesNotExist();
  }

  private String ownerPassword() throws IOException {
    return Files.readAllLines(home.resolve("database-passwords")).stream()
        .filter(line -> line.startsWith("owner="))
        .map(line -> line.substring("owner=".length()))
        .findFirst()
        .orElseThrow();
  }

  private static String signUp(int port) {
    var response =
        new Browser(port)
            .origin(BASE)
            .post(
                "/api/auth/sign-up/email",
                "{\"name\":\"First\",\"email\":\"first@example.com\",\"password\":\"first run password\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    // the session token signed with the server's secret: it only works after a restart if the
    // secret kept in DBKEEP_HOME was read back
    return response.headers().firstValue("set-auth-token").orElseThrow();
  }

  /** The postmaster running on {@code data} (its command line names the data directory). */
  private static java.util.Optional<ProcessHandle> postmasterOf(String data) {
    return postgresProcessesOn(data).stream().findFirst();
  }

  private static List<ProcessHandle> postgresProcessesOn(String data) {
    var postmasters =
        ProcessHandle.allProcesses()
            .filter(
                p ->
                    p.info()
                        .commandLine()
                        .map(c -> c.contains("postgres") && c.contains(data))
                        .orElse(false))
            .toList();
    var all = new ArrayList<ProcessHandle>(postmasters);
    postmasters.forEach(p -> p.descendants().forEach(all::add));
    return all.stream().filter(ProcessHandle::isAlive).toList();
  }

  /** The jar running as a server, its output collected. */
  private static final class Server {
    private final Process process;
    private final List<String> lines;
    private final int port;
    private final String address;
    private final Duration readyAfter;
    private final Thread reader;

    private Server(
        Process process,
        List<String> lines,
        int port,
        String address,
        Duration readyAfter,
        Thread reader) {
      this.reader = reader;
      this.process = process;
      this.lines = lines;
      this.port = port;
      this.address = address;
      this.readyAfter = readyAfter;
    }

    static Process launch(Path home, Map<String, String> env, List<String> args)
        throws IOException {
      var jar = Path.of(System.getProperty("dbkeep.jar", "target/dbkeep.jar"));
      assertThat(jar).as("the packaged jar").exists();
      var command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  jar.toString()));
      command.addAll(args);
      var builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().remove("DATABASE_URL");
      builder.environment().remove("DBKEEP_ENV");
      builder.environment().put("DATABASE_URL", "embedded");
      builder.environment().put("DBKEEP_HOME", home.toString());
      var binaries = System.getProperty("dbkeep.test.binaries");
      if (binaries != null) {
        builder.environment().put("DBKEEP_POSTGRES_BINARIES", binaries);
      }
      builder.environment().put("PORT", "0");
      builder.environment().put("HOST", "127.0.0.1");
      builder.environment().put("BASE_URL", BASE);
      builder.environment().putAll(env);
      if (env.containsKey("DBKEEP_ENV") && !env.containsKey("DATABASE_URL")) {
        builder.environment().remove("DATABASE_URL");
      }
      return builder.start();
    }

    static Server start(Path home, Map<String, String> env) throws Exception {
      var started = System.nanoTime();
      var process = launch(home, env, List.of());
      var lines = new CopyOnWriteArrayList<String>();
      var reader =
          new Thread(
              () -> {
                try (var in =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = in.readLine()) != null) {
                    lines.add(line);
                  }
                } catch (IOException e) {
                  // the process ended
                }
              });
      reader.setDaemon(true);
      reader.start();
      String address = null;
      var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (address == null && System.nanoTime() < deadline && process.isAlive()) {
        for (var line : lines) {
          var matcher = OPEN.matcher(line);
          if (matcher.find()) {
            address = matcher.group(1);
          }
        }
        Thread.sleep(20);
      }
      assertThat(address).as("the start line; output:\n" + String.join("\n", lines)).isNotNull();
      var port = Integer.parseInt(address.replaceAll("^http://[^:]+:(\\d+)/$", "$1"));
      var health = new Browser(port);
      while (health.get("/health/ready").statusCode() != 200) {
        assertThat(System.nanoTime()).as("ready in time").isLessThan(deadline);
        Thread.sleep(20);
      }
      var readyAfter = Duration.ofNanos(System.nanoTime() - started);
      return new Server(process, lines, port, address, readyAfter, reader);
    }

    String output() {
      return String.join("\n", lines);
    }

    void stop() throws InterruptedException {
      process
          .toHandle()
          .destroy(); // SIGTERM; Process.destroy() would also close our end of its output
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped in time").isTrue();
      reader.join(10_000); // the last lines
    }

    void kill() throws InterruptedException {
      process.toHandle().destroyForcibly(); // SIGKILL
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }
}
