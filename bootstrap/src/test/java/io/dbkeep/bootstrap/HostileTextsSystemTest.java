package io.dbkeep.bootstrap;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.testsupport.HttpTestClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Texts people type (project names, version labels and messages) and numbers in imported type
 * declarations, with the characters and signs no earlier test used, on the real composition root
 * and PostgreSQL. A character PostgreSQL cannot store is a 400 naming the field, never a 500 or a
 * silent {@code ?}; a negative length is kept as written, never turned positive.
 */
class HostileTextsSystemTest {

  @RegisterExtension static final GuestServer SERVER = new GuestServer();

  private static HttpTestClient http;

  @BeforeAll
  static void client() {
    http = SERVER.http();
  }

  @Test
  void aProjectNameWithUPlus0000IsA400NotA500OnEveryWayIn() {
    assertRefusedName(http.post("/api/projects", "{\"name\":\"a\\u0000b\"}"), "name");
    var id = json(http.post("/api/projects", "{\"name\":\"fine\"}")).get("id").asString();
    assertRefusedName(http.put("/api/projects/" + id, "{\"name\":\"a\\u0000b\"}"), "name");
    assertRefusedName(
        http.post("/api/projects/import?from=postgresql&name=a%00b", "CREATE TABLE t (a int);"),
        "name");
    assertThat(json(http.get("/api/projects/" + id)).get("name").asString()).isEqualTo("fine");
  }

  @Test
  void aProjectNameWithAnUnpairedSurrogateOrAControlCharacterIsRefusedNotMangled() {
    assertRefusedName(http.post("/api/projects", "{\"name\":\"a\\ud800b\"}"), "name");
    assertRefusedName(http.post("/api/projects", "{\"name\":\"a\\u001b[31mb\"}"), "name");
    assertRefusedName(
        http.post("/api/projects/import?from=sqlite&name=a%1Bb", "CREATE TABLE t (a int);"),
        "name");
  }

  @Test
  void aVersionLabelWithControlCharactersOrAnUnpairedSurrogateIsA400() {
    var id = json(http.post("/api/projects", "{\"name\":\"notes\"}")).get("id").asString();
    var path = "/api/projects/" + id + "/versions/1";
    for (var label : new String[] {"a\\u0007b", "a\\u001b[2Jb", "line\\nbreak", "a\\ud800"}) {
      var response = http.send("PATCH", path, "{\"label\":\"" + label + "\"}");
      assertThat(response.statusCode()).as(label + ": " + response.body()).isEqualTo(400);
      assertThat(json(response).get("error").get("details").get(0).get("path").asString())
          .isEqualTo("label");
      assertThat(response.body()).contains("INVALID_CHARACTER");
    }
    var message =
        http.send("PATCH", path, "{\"message\":\"two\\nlines\\tand a tab\",\"label\":\"v1\"}");
    assertThat(message.statusCode()).as(message.body()).isEqualTo(200);
    var unpaired = http.send("PATCH", path, "{\"message\":\"\\udc00\"}");
    assertThat(unpaired.statusCode()).isEqualTo(400);
    assertThat(json(http.get(path)).get("label").asString()).isEqualTo("v1");
  }

  @Test
  void anIfMatchThatIsNoTagIsA412ThatSaysSoAndTheLargestBeforeIsAccepted() {
    var id = json(http.post("/api/projects", "{\"name\":\"tags\"}")).get("id").asString();
    for (var tag : new String[] {"\"abc\"", "\"99999999999999999999\"", "\"-1\""}) {
      var response =
          http.send("POST", "/api/projects/" + id + "/versions/1/restore", null, "If-Match", tag);
      assertThat(response.statusCode()).as(tag).isEqualTo(412);
      assertThat(json(response).get("message").asString())
          .as(tag)
          .contains("If-Match names no version")
          .doesNotContain("-1");
    }
    var largest = http.get("/api/projects/" + id + "/versions?before=9223372036854775807");
    assertThat(largest.statusCode()).as(largest.body()).isEqualTo(200);
    assertThat(
            http.get("/api/projects/" + id + "/versions?before=9223372036854775808").statusCode())
        .isEqualTo(400);
  }

  @Test
  void aNegativeTypeArgumentIsKeptAsWrittenAndAFractionalOneIsAWarning() {
    var response =
        http.post(
            "/api/schema/import?from=postgresql",
            "CREATE TABLE t (a varchar(-1), b numeric(10,-5), c varchar(1.5), d char('x'));");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var columns = json(response).get("document").get("tables").get(0).get("columns");
    assertThat(columns.get(0).get("length").asInt()).isEqualTo(-1);
    assertThat(columns.get(1).get("precision").asInt()).isEqualTo(10);
    assertThat(columns.get(1).get("scale").asInt()).isEqualTo(-5);
    assertThat(columns.get(2).has("length")).isFalse();
    assertThat(response.body())
        .contains("the type argument 1.5 of varchar is not a whole number and is not kept")
        .contains("the type argument x of char is not a whole number and is not kept");

    var validated =
        http.post(
            "/api/schema/validate?engine=postgresql", json(response).get("document").toString());
    assertThat(validated.body()).contains("PARAMETER_OUT_OF_RANGE").contains("not -1");
  }

  private static void assertRefusedName(HttpResponse<String> response, String path) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body())
        .contains("INVALID_CHARACTER")
        .contains("\"path\":\"" + path + "\"")
        .doesNotContain("INTERNAL_ERROR");
  }
}
