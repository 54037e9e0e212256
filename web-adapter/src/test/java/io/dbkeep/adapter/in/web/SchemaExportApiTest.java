package io.dbkeep.adapter.in.web;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.in.web.schema.SchemaExportController;
import io.dbkeep.application.service.format.ImportSchemaService;
import io.dbkeep.application.service.project.ExportSchemaService;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.testsupport.HttpTestClient;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Export to DBML, Mermaid, SVG and PNG over real HTTP: the writer of the format answers with its
 * media type and a file name; bad parameters are 400, unreadable documents 422, others' projects
 * 404. The writers are recording fakes (the real ones are adapters of their own, tested there and
 * end to end in bootstrap).
 */
class SchemaExportApiTest {

  private InMemoryProjectApi server;
  private HttpTestClient http;

  @BeforeEach
  void start() {
    server = new InMemoryProjectApi(new SchemaLimits(5, 4));
    var writers = InMemoryProjectApi.recordingWriters();
    var export =
        new SchemaExportController(
            server.callers, server.codec, new ExportSchemaService(server.limits, writers));
    http =
        server.serve(
            List.of(
                server.projectController(),
                server.projectSchemaController(writers, new ImportSchemaService(List.of())),
                export));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aGivenDocumentIsAnsweredInTheFormatAskedWithMediaTypeAndFileName() {
    var response = http.post("/api/schema/export?to=svg&engine=mysql", SchemaApiTest.DOCUMENT);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("SVG MYSQL tables=2");
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("image/svg+xml");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo("attachment; filename=\"schema.svg\"; filename*=UTF-8''schema.svg");
    var dbml = http.post("/api/schema/export?to=DBML", SchemaApiTest.DOCUMENT);
    assertThat(dbml.body()).isEqualTo("DBML POSTGRESQL tables=2");
    assertThat(dbml.headers().firstValue("Content-Type").orElse(""))
        .isEqualTo("text/plain;charset=utf-8");
    assertThat(http.post("/api/schema/export?to=mmd", SchemaApiTest.DOCUMENT).body())
        .startsWith("MERMAID");
  }

  @Test
  void aDocumentWithSemanticErrorsIsStillExported() {
    var response = http.post("/api/schema/export?to=png&engine=mysql", SchemaApiTest.DOCUMENT);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
  }

  @Test
  void missingOrUnknownFormatsAndEnginesAre400AndUnreadableDocuments422() {
    var missing = http.post("/api/schema/export", SchemaApiTest.DOCUMENT);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(json(missing).get("error").get("details").get(0).get("path").asString())
        .isEqualTo("to");
    var unknown = http.post("/api/schema/export?to=pdf", SchemaApiTest.DOCUMENT);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).get("error").get("details").get(0).get("code").asString())
        .isEqualTo("UNKNOWN_FORMAT");
    assertThat(http.post("/api/schema/export?to=svg&engine=oracle", "{}").statusCode())
        .isEqualTo(400);
    assertThat(http.post("/api/schema/export?to=svg", "not json").statusCode()).isEqualTo(400);
    var unreadable = http.post("/api/schema/export?to=svg", "[1,2]");
    assertThat(unreadable.statusCode()).isEqualTo(422);
    assertThat(json(unreadable).get("error").get("code").asString()).isEqualTo("SCHEMA_INVALID");
  }

  @Test
  void aProjectIsExportedNamedAfterItAndTheEnvelopeStaysTheDefault() {
    var created =
        json(
            http.post(
                "/api/projects",
                "{\"name\":\"Café \\\"shop\\\"\",\"engine\":\"SQLite\",\"data\":"
                    + SchemaApiTest.DOCUMENT
                    + "}"));
    var id = created.get("id").asString();
    var mermaid = http.get("/api/projects/" + id + "/export?to=mermaid");
    assertThat(mermaid.statusCode()).isEqualTo(200);
    assertThat(mermaid.body()).isEqualTo("MERMAID SQLITE tables=2");
    assertThat(mermaid.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo("attachment; filename=\"Caf_-shop.mmd\"; filename*=UTF-8''Caf%C3%A9-shop.mmd");
    assertThat(http.get("/api/projects/" + id + "/export?to=dbml&engine=mysql").body())
        .isEqualTo("DBML MYSQL tables=2");
    var envelope = json(http.get("/api/projects/" + id + "/export"));
    assertThat(envelope.get("project").get("name").asString()).isEqualTo("Café \"shop\"");
    assertThat(http.get("/api/projects/" + id + "/export?to=gif").statusCode()).isEqualTo(400);
    assertThat(
            http.get("/api/projects/00000000-0000-0000-0000-000000000000/export?to=svg")
                .statusCode())
        .isEqualTo(404);
  }
}
