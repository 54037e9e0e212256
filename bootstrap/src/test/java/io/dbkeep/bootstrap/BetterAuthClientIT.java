package io.dbkeep.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Better Auth's own JavaScript client (pinned in {@code src/test/better-auth-client}, installed
 * with {@code npm ci}) runs its sign-up, sessions, password, admin and sign-out calls against the
 * real server, with the bearer flow a non-browser front end uses. Needs Node.js and npm.
 */
class BetterAuthClientIT {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  @Test
  void betterAuthsClientWorksUnchanged() throws Exception {
    var project = Path.of("target", "better-auth-client");
    Files.createDirectories(project);
    for (var file : List.of("package.json", "package-lock.json", ".npmrc", "client-check.mjs")) {
      Files.copy(
          Path.of("src", "test", "better-auth-client", file),
          project.resolve(file),
          StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isDirectory(project.resolve("node_modules/better-auth"))) {
      run(project, 300, "npm", "ci", "--no-audit", "--no-fund");
    }
    var env =
        new Environment(
            Map.of(
                "DATABASE_URL", DATABASE.databaseUrl(),
                "HOST", "127.0.0.1",
                "PORT", "0",
                "BASE_URL", "http://app.test",
                "DBKEEP_SECRET", "better-auth-client-check-secret-0123456789",
                "ADMIN_EMAILS", "root@example.com"));
    try (var server =
        DbkeepServer.start(
            ServerConfig.from(env, null), IdentityConfig.from(env, 0), Clock.systemUTC())) {
      // ADMIN_EMAILS confers nothing on an unverified sign-up: the operator creates the admin
      var stdin = System.in;
      try {
        System.setIn(
            new java.io.ByteArrayInputStream(
                "admin password 1\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(
                Main.run(
                    "admin",
                    "create",
                    "--database-url",
                    DATABASE.databaseUrl(),
                    "--email",
                    "root@example.com",
                    "--name",
                    "Root"))
            .isZero();
      } finally {
        System.setIn(stdin);
      }
      var output =
          run(
              project,
              120,
              "node",
              "client-check.mjs",
              "http://127.0.0.1:" + server.port(),
              "root@example.com");
      assertThat(output).contains("Better Auth's client works against DBKeep");
    }
  }

  private static String run(Path directory, int timeoutSeconds, String... command)
      throws IOException, InterruptedException {
    var process =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    var output = new StringBuilder();
    var reader =
        new Thread(
            () -> {
              try {
                output.append(
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
              } catch (IOException ignored) {
                // the process ended
              }
            });
    reader.start();
    var finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    reader.join(5_000);
    assertThat(finished).as(String.join(" ", command) + " finished in time\n" + output).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    return output.toString();
  }
}
