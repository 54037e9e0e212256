package io.dbkeep.bootstrap;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.testsupport.HttpTestClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The export surfaces with the real writers, on the real composition root and PostgreSQL: a stored
 * project as DBML, Mermaid, SVG and PNG, and a given document as PNG.
 */
class FormatsSystemTest {

  @RegisterExtension static final GuestServer SERVER = new GuestServer();

  static final String DOCUMENT =
      """
      {"tables":[
        {"id":"t1","name":"users","color":"#22c55e","position":{"x":0,"y":0},"columns":[
          {"id":"c1","name":"id","type":"SERIAL","primaryKey":true,"nullable":false},
          {"id":"c2","name":"email","type":"VARCHAR","length":255,"nullable":false,"unique":true}]},
        {"id":"t2","name":"orders","position":{"x":400,"y":40},"columns":[
          {"id":"c1","name":"id","type":"BIGSERIAL","primaryKey":true,"nullable":false},
          {"id":"c2","name":"user_id","type":"INTEGER","nullable":true}]}],
       "relations":[{"id":"r1","sourceTableId":"t2","sourceColumnId":"c2","targetTableId":"t1",
         "targetColumnId":"c1","type":"1:N","onDelete":"SET NULL"}]}
      """;

  private final HttpTestClient http = SERVER.http();

  @Test
  void aStoredProjectIsExportedInEveryFormat() throws Exception {
    var created =
        http.post(
            "/api/projects", "{\"name\":\"Shop\",\"engine\":\"MySQL\",\"data\":" + DOCUMENT + "}");
    assertThat(created.statusCode()).isEqualTo(201);
    var id = json(created).get("id").asString();

    var dbml = http.get("/api/projects/" + id + "/export?to=dbml");
    assertThat(dbml.statusCode()).isEqualTo(200);
    assertThat(dbml.headers().firstValue("Content-Disposition").orElse(""))
        .contains("filename=\"Shop.dbml\"");
    assertThat(dbml.body())
        .contains("database_type: 'MySQL'")
        .contains("Table users [headercolor: #22c55e] {")
        .contains("Ref: orders.user_id > users.id [delete: set null]");

    var mermaid = http.get("/api/projects/" + id + "/export?to=mermaid");
    assertThat(mermaid.body()).startsWith("erDiagram").contains("users |o--o{ orders");

    var svg = http.get("/api/projects/" + id + "/export?to=svg");
    assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    assertThat(svg.body()).contains("<svg").contains(">orders</text>");

    var png = bytes("GET", "/api/projects/" + id + "/export?to=png", null);
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
    var image = ImageIO.read(new ByteArrayInputStream(png.body()));
    assertThat(image.getWidth()).isGreaterThan(600);
  }

  @Test
  void aGivenDocumentIsDrawnAsPng() throws Exception {
    var png = bytes("POST", "/api/schema/export?to=png", DOCUMENT);
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(ImageIO.read(new ByteArrayInputStream(png.body()))).isNotNull();
  }

  @Test
  void positionsAsFarApartAsADocumentAllowsAreDrawnWithinTheImageLimits() throws Exception {
    for (var extreme : new double[] {1e9, 1e90, 1e300}) {
      var document = HostileDiagrams.farApart(extreme);
      var given = bytes("POST", "/api/schema/export?to=png", document);
      assertThat(given.statusCode()).as("%s: %s", extreme, new String(given.body())).isEqualTo(200);
      HostileDiagrams.assertBoundedPng(given.body());
      var svg = http.post("/api/schema/export?to=svg", document);
      assertThat(svg.statusCode()).isEqualTo(200);
      assertThat(svg.body()).doesNotContain("Infinity").doesNotContain("NaN");
    }
    for (var extreme : new double[] {1e9, 1e90}) { // a stored number has at most 100 digits
      var created =
          http.post(
              "/api/projects",
              "{\"name\":\"Far\",\"engine\":\"MySQL\",\"data\":"
                  + HostileDiagrams.farApart(extreme)
                  + "}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      var id = json(created).get("id").asString();
      var stored = bytes("GET", "/api/projects/" + id + "/export?to=png", null);
      assertThat(stored.statusCode()).as(new String(stored.body())).isEqualTo(200);
      HostileDiagrams.assertBoundedPng(stored.body());
    }
  }

  @Test
  void positionsBeyondTheDocumentsRangeAreRefusedNamingTheLimitNotA500() throws Exception {
    var documents =
        new String[] {
          HostileDiagrams.farApart(Double.MAX_VALUE),
          HostileDiagrams.farApart(1).replace("\"x\":1.0", "\"x\":1e400")
        };
    for (var document : documents) {
      var response = http.post("/api/schema/export?to=png", document);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
      assertThat(json(response).get("code").asString()).isEqualTo("SCHEMA_INVALID");
      assertThat(response.body()).contains("tables[0].position.x").contains("1e300");
    }
  }

  @Test
  void thousandsOfTablesAreRasterisedWithinTheImageLimits() throws Exception {
    var document = HostileDiagrams.many(2_500, 3);
    var given = bytes("POST", "/api/schema/export?to=png", document);
    assertThat(given.statusCode()).as(new String(given.body())).isEqualTo(200);
    HostileDiagrams.assertBoundedPng(given.body());
  }

  private static HttpResponse<byte[]> bytes(String method, String path, String body)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SERVER.port() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofMinutes(3))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
