package io.dbkeep.bootstrap.studio;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.testsupport.HttpTestClient;
import io.dbkeep.testsupport.SqliteTestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code dbkeep studio} from the packaged jar, as a person starts it. */
class StudioJarIT {

  @RegisterExtension static final SqliteTestDatabase SQLITE = new SqliteTestDatabase();

  private static final Pattern STUDIO =
      Pattern.compile("^Studio: http://127\\.0\\.0\\.1:(\\d+)/studio\\?token=([A-Za-z0-9_-]{43})$");

  @Test
  void printsOneLineWithTheAddressAndTokenAndServesThePageAndTheApi() throws Exception {
    var file = database();
    var process = start("studio", "--database-url", "jdbc:sqlite:" + file, "--port", "0");
    try {
      var line = CompletableFuture.supplyAsync(() -> firstLine(process)).get(60, TimeUnit.SECONDS);
      var matcher = STUDIO.matcher(line);
      assertThat(matcher.matches()).as(line).isTrue();
      var http = new HttpTestClient(Integer.parseInt(matcher.group(1)));
      var token = matcher.group(2);

      assertThat(http.get("/studio/api/tables").statusCode()).isEqualTo(401);
      assertThat(http.get("/studio").statusCode()).isEqualTo(401);
      var tables = http.get("/studio/api/tables", "Authorization", "Bearer " + token);
      assertThat(tables.statusCode()).isEqualTo(200);
      assertThat(json(tables).get(0).get("name").asString()).isEqualTo("notes");

      var entry = http.get("/studio?token=" + token);
      assertThat(entry.statusCode()).isEqualTo(303);
      var cookie = entry.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
      var page = http.get("/studio/", "Cookie", cookie);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<div id=\"app\">");
      var script = Pattern.compile("src=\"(/studio/assets/[^\"]+\\.js)\"").matcher(page.body());
      assertThat(script.find()).as("the page loads the built front end").isTrue();
      assertThat(http.get(script.group(1), "Cookie", cookie).statusCode()).isEqualTo(200);
    } finally {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void readOnlyWithoutSqlRefusesWritesAndTheConsole() throws Exception {
    var file = database();
    var process =
        start(
            "studio", "--database-url", "sqlite:" + file, "--port", "0", "--read-only", "--no-sql");
    try {
      var line = CompletableFuture.supplyAsync(() -> firstLine(process)).get(60, TimeUnit.SECONDS);
      var matcher = STUDIO.matcher(line);
      assertThat(matcher.matches()).as(line).isTrue();
      var http = new HttpTestClient(Integer.parseInt(matcher.group(1)));
      var bearer = new String[] {"Authorization", "Bearer " + matcher.group(2)};
      var overview = json(http.get("/studio/api/overview", bearer));
      assertThat(overview.get("readOnly").asBoolean()).isTrue();
      assertThat(overview.get("sql").asBoolean()).isFalse();
      var insert =
          http.post(
              "/studio/api/schemas/main/tables/notes/rows",
              "{\"values\":{\"text\":\"x\"}}",
              bearer);
      assertThat(insert.statusCode()).isEqualTo(403);
      assertThat(json(insert).get("error").get("code").asString()).isEqualTo("READ_ONLY");
      var sql = http.post("/studio/api/sql", "{\"sql\":\"select 1\"}", bearer);
      assertThat(sql.statusCode()).isEqualTo(403);
      assertThat(json(sql).get("error").get("code").asString()).isEqualTo("SQL_DISABLED");
    } finally {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
    }
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        var result = connection.createStatement().executeQuery("select count(*) from notes")) {
      result.next();
      assertThat(result.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void aMissingDatabaseOrABadUrlExitsWithOneLine() throws Exception {
    var missing = start("studio", "--database-url", "jdbc:sqlite:/no/such/file.db");
    assertThat(missing.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(missing.exitValue()).isEqualTo(2);
    var stderr = new String(missing.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(stderr.strip().lines()).hasSize(1);
    assertThat(stderr).contains("no SQLite database");

    var unreachable = start("studio", "--database-url", "mysql://root:hunter2@127.0.0.1:1/none");
    assertThat(unreachable.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(unreachable.exitValue()).isEqualTo(1);
    var message = new String(unreachable.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(message).startsWith("dbkeep: ").doesNotContain("hunter2");
  }

  private static Path database() throws Exception {
    var file = SQLITE.newDatabase("jar");
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        var statement = connection.createStatement()) {
      statement.execute("create table notes (id integer primary key, text text not null)");
      statement.execute("insert into notes (text) values ('kept')");
    }
    return file;
  }

  private static Process start(String... args) throws Exception {
    var jar = Path.of(System.getProperty("dbkeep.jar", "target/dbkeep.jar"));
    assertThat(Files.exists(jar)).as("the packaged jar at " + jar).isTrue();
    var command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString()));
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command);
    builder.environment().remove("DATABASE_URL");
    return builder.start();
  }

  /** The first line the process prints, draining the rest in the background. */
  private static String firstLine(Process process) {
    try {
      var reader =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      var line = reader.readLine();
      var drain =
          new Thread(
              () -> {
                try {
                  while (reader.readLine() != null) {
                    // keep the pipe open and empty
                  }
                } catch (java.io.IOException ignored) {
                  // the process ended
                }
              });
      drain.setDaemon(true);
      drain.start();
      return line == null ? "" : line;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
