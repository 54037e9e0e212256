package io.dbkeep.bootstrap;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.testsupport.HttpTestClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real composition root on real PostgreSQL, called over HTTP. */
class ProjectSliceSystemTest {

  @RegisterExtension static final GuestServer SERVER = new GuestServer();

  private final HttpTestClient http = SERVER.http();

  @Test
  void aProjectWalksThroughItsWholeLife() {
    var created =
        http.post(
            "/api/projects",
            "{\"name\":\"Blog\",\"engine\":\"PostgreSQL\",\"data\":{\"tables\":[{\"id\":\"t1\","
                + "\"name\":\"t\",\"columns\":[{\"id\":\"c1\",\"name\":\"id\",\"type\":\"INTEGER\","
                + "\"primaryKey\":true}]}]}}");
    assertThat(created.statusCode()).isEqualTo(201);
    var id = json(created).get("id").asString();

    var fetched = http.get("/api/projects/" + id);
    assertThat(fetched.statusCode()).isEqualTo(200);
    assertThat(json(fetched).get("data").get("tables").get(0).get("id").asString()).isEqualTo("t1");
    assertThat(fetched.headers().firstValue("ETag")).contains("\"1\"");

    var updated = http.put("/api/projects/" + id, "{\"name\":\"Blog v2\"}", "If-Match", "\"1\"");
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(updated.headers().firstValue("ETag")).contains("\"2\"");

    var stale = http.put("/api/projects/" + id, "{\"name\":\"Lost\"}", "If-Match", "\"1\"");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(json(stale).get("error").get("details").get(0).get("currentVersion").asLong())
        .isEqualTo(2);

    var list = json(http.get("/api/projects"));
    assertThat(list.findValuesAsString("id")).contains(id);
    assertThat(list.get(0).get("createdByName").asString()).isEqualTo("Guest User");

    var copy = http.post("/api/projects/" + id + "/duplicate", null);
    assertThat(copy.statusCode()).isEqualTo(201);
    assertThat(json(copy).get("name").asString()).isEqualTo("Blog v2 (copy)");

    var deleted = http.delete("/api/projects/" + id);
    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(http.get("/api/projects/" + id).statusCode()).isEqualTo(404);
    assertThat(http.get("/api/projects/" + json(copy).get("id").asString()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void twentyConcurrentUpdatesWithoutIfMatchAreAllAppliedInTurn() throws Exception {
    var id = json(http.post("/api/projects", "{\"name\":\"Busy\"}")).get("id").asString();

    // ?return=document: the answer echoes the stored document (ADR 0060)
    var responses =
        concurrently(20, i -> http.put("/api/projects/" + id + "?return=document", body(i)));

    var versions = new HashSet<Long>();
    for (var response : responses) {
      assertThat(response.statusCode()).isEqualTo(200);
      versions.add(json(response).get("version").asLong());
    }
    // every acknowledged write produced its own revision: 2..21, none overwritten unseen
    assertThat(versions).hasSize(20).allSatisfy(v -> assertThat(v).isBetween(2L, 21L));
    var last =
        responses.stream().filter(r -> json(r).get("version").asLong() == 21).findFirst().get();
    var stored = json(http.get("/api/projects/" + id));
    assertThat(stored.get("version").asLong()).isEqualTo(21);
    assertThat(stored.get("data")).isEqualTo(json(last).get("data"));
    assertThat(stored.get("name")).isEqualTo(json(last).get("name"));
  }

  @Test
  void twentyConcurrentUpdatesWithTheSameIfMatchLetExactlyOneWin() throws Exception {
    var id = json(http.post("/api/projects", "{\"name\":\"Race\"}")).get("id").asString();

    var responses =
        concurrently(20, i -> http.put("/api/projects/" + id, body(i), "If-Match", "\"1\""));

    assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
    assertThat(responses).filteredOn(r -> r.statusCode() == 412).hasSize(19);
    assertThat(json(http.get("/api/projects/" + id)).get("version").asLong()).isEqualTo(2);
  }

  @Test
  void aProjectsSqlExecutesOnPostgreSqlAndItsExportImportsAsANewProject() throws Exception {
    var sample = Files.readString(samplePath("blog.document.json"));
    var created = http.post("/api/projects", "{\"name\":\"Blog\",\"data\":" + sample + "}");
    assertThat(created.statusCode()).isEqualTo(201);
    var id = json(created).get("id").asString();

    var sql = http.get("/api/projects/" + id + "/sql");
    assertThat(sql.statusCode()).isEqualTo(200);
    var target = SERVER.database().createAnotherDatabase("ddl");
    try (var connection =
        java.sql.DriverManager.getConnection(
            SERVER.database().jdbcUrlOf(target),
            SERVER.database().user(),
            SERVER.database().password())) {
      connection.createStatement().execute(sql.body());
      var tables =
          connection
              .createStatement()
              .executeQuery("select count(*) from pg_tables where schemaname = 'public'");
      tables.next();
      assertThat(tables.getInt(1)).isEqualTo(5);
    } finally {
      try (var admin = SERVER.database().connectAdmin()) {
        admin.createStatement().execute("drop database " + target + " with (force)");
      }
    }

    var envelope = http.get("/api/projects/" + id + "/export");
    var imported = http.post("/api/projects/import", envelope.body());
    assertThat(imported.statusCode()).isEqualTo(201);
    assertThat(json(imported).get("data")).isEqualTo(json(created).get("data"));
  }

  private static Path samplePath(String name) {
    var shared = Path.of("../../shared/samples", name);
    return Files.exists(shared)
        ? shared
        : Path.of("../schema-tests/src/test/resources/samples", name);
  }

  @Test
  void readinessChecksTheDatabase() {
    var response = http.get("/health/ready");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("database").asString()).isEqualTo("UP");
  }

  private static String body(int i) {
    return "{\"name\":\"Writer " + i + "\",\"data\":{\"writer\":" + i + "}}";
  }

  private static List<HttpResponse<String>> concurrently(
      int count, java.util.function.IntFunction<HttpResponse<String>> request) throws Exception {
    var pool = Executors.newFixedThreadPool(count);
    try {
      var futures = new ArrayList<Future<HttpResponse<String>>>();
      for (int i = 0; i < count; i++) {
        var n = i;
        futures.add(pool.submit((Callable<HttpResponse<String>>) () -> request.apply(n)));
      }
      var responses = new ArrayList<HttpResponse<String>>();
      for (var future : futures) {
        responses.add(future.get(60, TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }
}
