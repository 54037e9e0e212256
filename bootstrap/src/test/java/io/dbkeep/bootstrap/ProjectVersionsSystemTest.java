package io.dbkeep.bootstrap;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.testsupport.HttpTestClient;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Project versions through the real composition root on real PostgreSQL, over HTTP: every save (the
 * one-statement document save, name-only changes, creation, duplication, import) records a version
 * in its transaction; versions are listed, read, labelled, restored and diffed.
 */
class ProjectVersionsSystemTest {

  @RegisterExtension static final GuestServer SERVER = new GuestServer("VERSIONS_KEEP", "1000");

  private static final String ORDERS =
      "{\"tables\":[{\"id\":\"t1\",\"name\":\"orders\",\"columns\":[{\"id\":\"c1\","
          + "\"name\":\"id\",\"type\":\"INTEGER\",\"primaryKey\":true},{\"id\":\"c2\","
          + "\"name\":\"note\",\"type\":\"TEXT\"}]}]}";

  private static HttpTestClient http;

  @BeforeAll
  static void client() {
    http = SERVER.http();
  }

  @Test
  void everySaveRecordsAVersionAndAnOldOneCanBeRestored() {
    var id = created("Shop", ORDERS);
    var renamedTable = ORDERS.replace("\"orders\"", "\"purchases\"");
    assertThat(http.put("/api/projects/" + id, "{\"data\":" + renamedTable + "}").statusCode())
        .isEqualTo(200);
    assertThat(http.put("/api/projects/" + id, "{\"name\":\"Store\"}").statusCode()).isEqualTo(200);

    var list = json(http.get("/api/projects/" + id + "/versions"));
    assertThat(list.get("versions").findValuesAsString("number")).containsExactly("3", "2", "1");
    assertThat(list.get("versions").get(0).get("name").asString()).isEqualTo("Store");
    assertThat(list.get("versions").get(0).has("data")).isFalse();
    assertThat(list.get("nextBefore").isNull()).isTrue();
    var paged = json(http.get("/api/projects/" + id + "/versions?limit=2"));
    assertThat(paged.get("nextBefore").asLong()).isEqualTo(2);
    var older = json(http.get("/api/projects/" + id + "/versions?limit=2&before=2"));
    assertThat(older.get("versions").findValuesAsString("number")).containsExactly("1");

    var second = http.get("/api/projects/" + id + "/versions/2");
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(json(second).get("data").get("tables").get(0).get("name").asString())
        .isEqualTo("purchases");
    assertThat(json(second).get("revision").asLong()).isEqualTo(2);

    var labelled =
        http.send(
            "PATCH",
            "/api/projects/" + id + "/versions/1",
            "{\"label\":\"v1.0\",\"message\":\"first release\"}");
    assertThat(labelled.statusCode()).isEqualTo(200);
    assertThat(json(labelled).get("label").asString()).isEqualTo("v1.0");

    var withoutIfMatch = http.post("/api/projects/" + id + "/versions/1/restore", null);
    assertThat(withoutIfMatch.statusCode()).isEqualTo(428);
    assertThat(json(withoutIfMatch).get("error").get("code").asString())
        .isEqualTo("PRECONDITION_REQUIRED");
    var stale = http.post("/api/projects/" + id + "/versions/1/restore", null, "If-Match", "\"2\"");
    assertThat(stale.statusCode()).isEqualTo(412);

    var restored =
        http.post("/api/projects/" + id + "/versions/1/restore", null, "If-Match", "\"3\"");
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(restored.headers().firstValue("ETag")).contains("\"4\"");
    assertThat(json(restored).get("version").get("number").asLong()).isEqualTo(4);
    assertThat(json(restored).get("version").get("message").asString())
        .isEqualTo("Restored from version 1");
    var project = json(http.get("/api/projects/" + id));
    assertThat(project.get("name").asString()).isEqualTo("Shop");
    assertThat(project.get("data"))
        .isEqualTo(json(http.get("/api/projects/" + id + "/versions/1")).get("data"));
    assertThat(json(http.get("/api/projects/" + id + "/versions/4")).get("data"))
        .isEqualTo(project.get("data"));
    var listed =
        http.post("/api/projects/" + id + "/versions/2/restore", null, "If-Match", "\"3\", \"4\"");
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(listed.headers().firstValue("ETag")).contains("\"5\"");
    var any = http.post("/api/projects/" + id + "/versions/1/restore", null, "If-Match", "*");
    assertThat(any.statusCode()).as(any.body()).isEqualTo(200);
    assertThat(any.headers().firstValue("ETag")).contains("\"6\"");
  }

  @Test
  void creationDuplicateAndImportStartAHistoryAndAFailedSaveRecordsNothing() throws SQLException {
    var id = created("Original", ORDERS);
    var copy = json(http.post("/api/projects/" + id + "/duplicate", null)).get("id").asString();
    var export = http.get("/api/projects/" + id + "/export").body();
    var imported = json(http.post("/api/projects/import", export)).get("id").asString();
    var stale = http.put("/api/projects/" + id, "{\"data\":" + ORDERS + "}", "If-Match", "\"9\"");

    assertThat(stale.statusCode()).isEqualTo(412);
    for (var project : new String[] {id, copy, imported}) {
      var versions = json(http.get("/api/projects/" + project + "/versions")).get("versions");
      assertThat(versions.findValuesAsString("number")).as(project).containsExactly("1");
    }
    assertThat(countVersions(id)).isEqualTo(1);
  }

  @Test
  void theMigrationBetweenTwoVersionsRenamesAndIsRefusedForErrors() {
    var id = created("Shop", ORDERS);
    http.put("/api/projects/" + id, "{\"data\":" + ORDERS.replace("\"note\"", "\"memo\"") + "}");
    var withError =
        ORDERS.replace(
            "]}]}",
            "]},{\"id\":\"t2\",\"name\":\"orders\",\"columns\":[{\"id\":\"c9\",\"name\":\"id\","
                + "\"type\":\"INTEGER\",\"primaryKey\":true}]}]}");
    assertThat(http.put("/api/projects/" + id, "{\"data\":" + withError + "}").statusCode())
        .isEqualTo(200);

    var up = http.get("/api/projects/" + id + "/migration?from=1&to=2");
    var down =
        http.get("/api/projects/" + id + "/migration?from=1&to=2&engine=sqlite&direction=down");
    var refused = http.get("/api/projects/" + id + "/migration?from=2&to=3");

    assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
    assertThat(json(up).get("sql").asString()).contains("RENAME COLUMN \"note\" TO \"memo\"");
    assertThat(json(up).get("changes").get(0).get("kind").asString()).isEqualTo("column_renamed");
    assertThat(json(down).get("engine").asString()).isEqualTo("SQLite");
    assertThat(json(down).get("sql").asString()).contains("RENAME COLUMN \"memo\" TO \"note\"");
    assertThat(refused.statusCode()).isEqualTo(422);
    var details = json(refused).get("error").get("details");
    var errors = new java.util.ArrayList<String>();
    var warnings = new java.util.ArrayList<String>();
    details.forEach(
        detail ->
            (detail.get("severity").asString().equals("error") ? errors : warnings)
                .add(detail.get("path").asString()));
    // the error is the version's duplicate table name; its warnings are listed beside it
    assertThat(errors).containsExactly("to.tables[1].name");
    assertThat(warnings).isNotEmpty();
  }

  @Test
  void hostileVersionRequestsAreClearRefusals() {
    var id = created("Shop", ORDERS);
    var base = "/api/projects/" + id;

    assertThat(http.get(base + "/versions/abc").statusCode()).isEqualTo(404);
    assertThat(http.get(base + "/versions/0").statusCode()).isEqualTo(404);
    assertThat(http.get(base + "/versions/99999999999999999999").statusCode()).isEqualTo(404);
    assertThat(http.get(base + "/versions/7").statusCode()).isEqualTo(404);
    assertThat(json(http.get(base + "/versions/7")).get("error").get("code").asString())
        .isEqualTo("VERSION_NOT_FOUND");
    assertThat(http.get(base + "/versions?limit=0").statusCode()).isEqualTo(400);
    assertThat(http.get(base + "/versions?limit=201").statusCode()).isEqualTo(400);
    assertThat(http.get(base + "/versions?before=-1").statusCode()).isEqualTo(400);
    assertThat(http.get(base + "/migration?to=1").statusCode()).isEqualTo(400);
    assertThat(http.get(base + "/migration?from=1&to=x").statusCode()).isEqualTo(400);
    assertThat(http.get(base + "/migration?from=1&to=1&direction=sideways").statusCode())
        .isEqualTo(400);
    assertThat(http.get(base + "/migration?from=1&to=1&engine=oracle").statusCode()).isEqualTo(400);
    assertThat(http.get(base + "/migration?from=1&to=5").statusCode()).isEqualTo(404);
    assertThat(patch(base + "/versions/1", "{\"label\":\"" + "x".repeat(101) + "\"}"))
        .isEqualTo(400);
    assertThat(patch(base + "/versions/1", "{\"message\":\"" + "y".repeat(2001) + "\"}"))
        .isEqualTo(400);
    assertThat(patch(base + "/versions/1", "{\"number\":5}")).isEqualTo(400);
    assertThat(patch(base + "/versions/1", "{\"label\":7}")).isEqualTo(400);
    assertThat(patch(base + "/versions/1", "{}")).isEqualTo(400);
    assertThat(patch(base + "/versions/1", "[1]")).isEqualTo(400);
    assertThat(patch(base + "/versions/1", "{\"label\":")).isEqualTo(400);
    assertThat(patch(base + "/versions/1", "{\"label\":\"a\\u0000b\"}")).isEqualTo(400);
    assertThat(http.post(base + "/versions/1/restore", null, "If-Match", "\"x\"").statusCode())
        .isEqualTo(412);
    assertThat(http.post(base + "/versions/5/restore", null, "If-Match", "\"1\"").statusCode())
        .isEqualTo(404);
    var missingProject = "/api/projects/00000000-0000-0000-0000-000000000000";
    assertThat(http.get(missingProject + "/versions").statusCode()).isEqualTo(404);
    assertThat(json(http.get(base + "/versions")).get("versions").size()).isEqualTo(1);
  }

  private static int patch(String path, String body) {
    return http.send("PATCH", path, body).statusCode();
  }

  private static String created(String name, String document) {
    var response =
        http.post("/api/projects", "{\"name\":\"" + name + "\",\"data\":" + document + "}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).get("id").asString();
  }

  private static long countVersions(String id) throws SQLException {
    try (var connection = SERVER.database().connect();
        var statement =
            connection.prepareStatement(
                "select count(*) from project_version where project_id = ?::uuid")) {
      statement.setString(1, id);
      try (var result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
