package io.dbkeep.bootstrap;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static io.dbkeep.testsupport.OriginalDbkeepFixture.BLOG;
import static io.dbkeep.testsupport.OriginalDbkeepFixture.GUEST_NOTES;
import static io.dbkeep.testsupport.OriginalDbkeepFixture.GUEST_SCRATCH;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.OperationsConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.testsupport.HttpTestClient;
import io.dbkeep.testsupport.OriginalDbkeepFixture;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} meets a database of the original DBKeep: it backs it up, adopts it in place and
 * serves the old projects over HTTP; {@code /metrics} shows HTTP timings by route, the pool, the
 * JVM and the business counters.
 */
class AdoptionAndMetricsSystemTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  @TempDir static Path backups;
  private static DbkeepServer server;
  private static HttpTestClient http;
  private static List<String> passwordsBefore;

  @BeforeAll
  static void boot() throws Exception {
    try (var connection = DATABASE.connect()) {
      OriginalDbkeepFixture.load(connection);
    }
    passwordsBefore = column("select id || ':' || password from account order by id");
    var env =
        new Environment(
            Map.of(
                "DATABASE_URL",
                DATABASE.databaseUrl(),
                "HOST",
                "127.0.0.1",
                "PORT",
                "0",
                "BACKUP_DIR",
                backups.toString(),
                "GUEST_MODE",
                "true"));
    server =
        DbkeepServer.start(
            ServerConfig.from(env, null),
            OperationsConfig.from(env),
            IdentityConfig.from(env, 0),
            Clock.systemUTC());
    http = new HttpTestClient(server.port());
  }

  @AfterAll
  static void shutDown() {
    server.close();
  }

  @Test
  void theOriginalDatabaseIsBackedUpAdoptedAndItsProjectsServed() throws Exception {
    try (var files = Files.list(backups)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .singleElement()
          .asString()
          .endsWith("-original.zip");
    }

    var list = json(http.get("/api/projects"));
    assertThat(list.findValuesAsString("name")).contains("Guest notes", "Guest scratch");
    assertThat(list.findValuesAsString("id")).doesNotContain(BLOG);

    var notes = http.get("/api/projects/" + GUEST_NOTES);
    assertThat(notes.statusCode()).isEqualTo(200);
    assertThat(notes.headers().firstValue("ETag")).contains("\"1\"");
    var body = json(notes);
    assertThat(body.get("engine").asString()).isEqualTo("SQLite");
    assertThat(body.get("data").get("tables").get(0).get("name").asString()).isEqualTo("notes");
    assertThat(body.get("createdAt").asString()).isEqualTo("2025-04-09T08:00:00.000Z");
    assertThat(body.get("ownerId").asString()).isEqualTo("guest-user");

    var scratch = json(http.get("/api/projects/" + GUEST_SCRATCH));
    assertThat(scratch.get("data").get("tables").size()).isZero();
    assertThat(column("select legacy_data from project where id = '" + GUEST_SCRATCH + "'"))
        .containsExactly("[1, 2, 3]");

    assertThat(http.get("/api/projects/" + BLOG).statusCode()).isEqualTo(404);
    var updated =
        http.put(
            "/api/projects/" + GUEST_NOTES, "{\"name\":\"Guest notes v2\"}", "If-Match", "\"1\"");
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(json(updated).get("version").asLong()).isEqualTo(2);

    assertThat(column("select id || ':' || password from account order by id"))
        .isEqualTo(passwordsBefore);
    assertThat(column("select count(*) from project where created_at < '2026-01-01'"))
        .containsExactly(String.valueOf(OriginalDbkeepFixture.PROJECTS));
  }

  @Test
  void metricsShowRoutesStatusesThePoolTheJvmAndSavedProjects() {
    var created = http.post("/api/projects", "{\"name\":\"Counted\"}", "X-Request-Id", "metrics-1");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("X-Request-Id")).contains("metrics-1");
    var id = json(created).get("id").asString();
    http.put("/api/projects/" + id, "{\"name\":\"Counted again\"}");
    http.put("/api/projects/" + id, "{\"engine\":\"Oracle\"}"); // refused: not counted
    http.get("/api/projects/" + id);

    var metrics = http.get("/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    var text = metrics.body();
    assertThat(text)
        .containsPattern(
            "http_server_requests_seconds_count\\{method=\"POST\",outcome=\"SUCCESS\","
                + "route=\"/api/projects\",status=\"201\"} \\d")
        .containsPattern(
            "http_server_requests_seconds_count\\{method=\"PUT\",outcome=\"CLIENT_ERROR\","
                + "route=\"/api/projects/\\{id}\",status=\"400\"} 1")
        .containsPattern("hikaricp_connections_active\\{pool=\"dbkeep\"}")
        .containsPattern("hikaricp_connections_max\\{pool=\"dbkeep\"} 10")
        .contains("jvm_memory_used_bytes{")
        .contains("jvm_threads_live_threads")
        .contains("process_uptime_seconds")
        .containsPattern("dbkeep_sign_ins_total\\{outcome=\"success\"} 0")
        .doesNotContain(id); // raw paths never become labels
    var saved =
        text.lines()
            .filter(l -> l.startsWith("dbkeep_projects_saved_total "))
            .findFirst()
            .orElseThrow();
    // the create and the first update here; the other test may have saved one more
    assertThat(Double.parseDouble(saved.split(" ")[1])).isGreaterThanOrEqualTo(2.0);
  }

  private static List<String> column(String sql) throws Exception {
    var values = new ArrayList<String>();
    try (var connection = DATABASE.connect();
        var rows = connection.createStatement().executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
