package io.dbkeep.bootstrap;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.testsupport.HttpTestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The designer's hot path (ADR 0060): GET passes the stored text through and answers a matching
 * {@code If-None-Match} with 304; PUT stores by one guarded statement, answers without the document
 * unless asked, and a stale {@code If-Match} is 412 with the current version, nothing stored.
 */
class SavePathSystemTest {

  @RegisterExtension static final GuestServer SERVER = new GuestServer("RATE_LIMIT_MAX", "0");

  private static HttpTestClient http;

  @BeforeAll
  static void client() {
    http = SERVER.http();
  }

  @Test
  void openingSavingAndConflictsOnTheHotPath() {
    var created =
        http.post("/api/projects", "{\"name\":\"Hot\",\"data\":{\"tables\":[],\"x\":\"é\\n\"}}");
    var id = json(created).get("id").asString();
    var path = "/api/projects/" + id;

    var opened = http.get(path);
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.headers().firstValue("ETag")).contains("\"1\"");
    assertThat(json(opened).get("data").get("x").asString()).isEqualTo("é\n");
    assertThat(json(opened).get("name").asString()).isEqualTo("Hot");

    var unchanged = http.get(path, "If-None-Match", "\"1\"");
    assertThat(unchanged.statusCode()).isEqualTo(304);
    assertThat(unchanged.body()).isEmpty();
    assertThat(http.get(path, "If-None-Match", "\"0\"").statusCode()).isEqualTo(200);

    var saved = http.put(path, "{\"data\":{\"tables\":[],\"x\":2}}", "If-Match", "\"1\"");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(json(saved).has("data")).isFalse();
    assertThat(json(saved).get("version").asLong()).isEqualTo(2);
    assertThat(json(saved).get("name").asString()).isEqualTo("Hot");
    assertThat(saved.headers().firstValue("ETag")).contains("\"2\"");

    var echoed =
        http.put(path, "{\"data\":{\"tables\":[],\"x\":3}}", "Prefer", "return=representation");
    assertThat(json(echoed).get("data").get("x").asInt()).isEqualTo(3);

    var stale = http.put(path, "{\"data\":{\"tables\":[],\"x\":4}}", "If-Match", "\"1\"");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(json(stale).get("code").asString()).isEqualTo("VERSION_MISMATCH");
    assertThat(json(stale).get("error").get("details").get(0).get("currentVersion").asLong())
        .isEqualTo(3);
    assertThat(json(http.get(path)).get("data").get("x").asInt()).isEqualTo(3);

    var listed = http.put(path, "{\"data\":{\"tables\":[],\"x\":5}}", "If-Match", "\"2\", \"3\"");
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(listed.headers().firstValue("ETag")).contains("\"4\"");
    var unlisted = http.put(path, "{\"data\":{\"tables\":[],\"x\":6}}", "If-Match", "\"2\", \"3\"");
    assertThat(unlisted.statusCode()).isEqualTo(412);
    var any = http.put(path, "{\"data\":{\"tables\":[],\"x\":7}}", "If-Match", "*");
    assertThat(any.statusCode()).as(any.body()).isEqualTo(200);
    assertThat(json(http.get(path)).get("data").get("x").asInt()).isEqualTo(7);

    var renamedWithDocument =
        http.put(path + "?return=document", "{\"name\":\"Hotter\",\"data\":{\"tables\":[]}}");
    assertThat(json(renamedWithDocument).get("name").asString()).isEqualTo("Hotter");
    assertThat(json(renamedWithDocument).get("data").get("tables").isArray()).isTrue();
  }

  @Test
  void aLargeStoredDocumentWithAnyCharactersReadsBackWholeCompressedOrNot() throws Exception {
    var tables = new StringBuilder();
    for (int t = 0; t < 400; t++) {
      tables
          .append(t == 0 ? "" : ",")
          .append("{\"id\":\"t")
          .append(t)
          .append("\",\"name\":\"tábla_")
          .append(t)
          .append("\",\"comment\":\"😀 «")
          .append("x".repeat(100))
          .append("»\",\"columns\":[{\"id\":\"c\",\"name\":\"id\",\"type\":\"INTEGER\"}]}");
    }
    var created =
        json(
            http.post(
                "/api/projects", "{\"name\":\"Big\",\"data\":{\"tables\":[" + tables + "]}}"));
    var path = "/api/projects/" + created.get("id").asString();
    var expected = created.get("data");

    var plain = http.get(path);
    assertThat(plain.body().length()).isGreaterThan(64 * 1024);
    assertThat(json(plain).get("data")).isEqualTo(expected);
    assertThat(json(plain).get("name").asString()).isEqualTo("Big");

    var gzipped =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + SERVER.port() + path))
                    .header("Accept-Encoding", "gzip")
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(gzipped.statusCode()).isEqualTo(200);
    var body = gzipped.body();
    if (gzipped.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
      body =
          new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
    }
    var tree =
        new tools.jackson.databind.ObjectMapper()
            .readTree(new String(body, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(tree.get("data")).isEqualTo(expected);
  }
}
