package io.dbkeep.adapter.in.web;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.in.web.caller.GuestCallerResolver;
import io.dbkeep.adapter.in.web.project.ProjectController;
import io.dbkeep.adapter.in.web.project.ProjectSchemaController;
import io.dbkeep.adapter.in.web.schema.SchemaExportController;
import io.dbkeep.application.fake.InMemoryDatabase;
import io.dbkeep.application.fake.InMemoryProjectPersistence;
import io.dbkeep.application.fake.InMemoryProjectVersions;
import io.dbkeep.application.fake.InMemoryUserPersistence;
import io.dbkeep.application.port.out.format.SchemaTextWriter;
import io.dbkeep.application.service.project.CreateProjectService;
import io.dbkeep.application.service.project.DeleteProjectService;
import io.dbkeep.application.service.project.DuplicateProjectService;
import io.dbkeep.application.service.project.ExportProjectSchemaService;
import io.dbkeep.application.service.project.ExportProjectService;
import io.dbkeep.application.service.project.ExportProjectSqlService;
import io.dbkeep.application.service.project.ExportSchemaService;
import io.dbkeep.application.service.project.GetProjectService;
import io.dbkeep.application.service.project.ImportProjectService;
import io.dbkeep.application.service.project.ListProjectsService;
import io.dbkeep.application.service.project.UpdateProjectService;
import io.dbkeep.application.service.user.EnsureGuestUserService;
import io.dbkeep.domain.format.TargetFormat;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.json.JsonCodec;
import io.dbkeep.testsupport.HttpTestClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
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

  /** Writers that answer "FORMAT ENGINE tables=N". */
  static List<SchemaTextWriter> recordingWriters() {
    var writers = new ArrayList<SchemaTextWriter>();
    for (var format : TargetFormat.values()) {
      writers.add(
          new SchemaTextWriter() {
            @Override
            public TargetFormat format() {
              return format;
            }

            @Override
            public byte[] write(SchemaDocument document, Engine engine) {
              return (format + " " + engine + " tables=" + document.tables().size())
                  .getBytes(StandardCharsets.UTF_8);
            }
          });
    }
    return writers;
  }

  private HttpApi api;
  private HttpTestClient http;

  @BeforeEach
  void start() {
    var database = new InMemoryDatabase();
    var projects = new InMemoryProjectPersistence(database);
    var users = new InMemoryUserPersistence(database);
    var clock = Clock.systemUTC();
    var limits = new SchemaLimits(5, 4);
    new EnsureGuestUserService(database, users, users, clock).ensureGuestUser();
    var callers = new GuestCallerResolver();
    var codec = new JsonCodec();
    var writers = recordingWriters();
    var projectController =
        new ProjectController(
            callers,
            codec,
            new ListProjectsService(database, projects),
            new CreateProjectService(
                database, projects, new InMemoryProjectVersions(database), clock, limits),
            new GetProjectService(database, projects),
            new UpdateProjectService(
                database, projects, projects, new InMemoryProjectVersions(database), clock, limits),
            new DeleteProjectService(database, projects, projects),
            new DuplicateProjectService(
                database, projects, projects, new InMemoryProjectVersions(database), clock));
    var projectSchema =
        new ProjectSchemaController(
            callers,
            codec,
            new ExportProjectSqlService(database, projects, limits),
            new ExportProjectService(database, projects, limits, clock),
            new ImportProjectService(
                database, projects, new InMemoryProjectVersions(database), limits, clock),
            new ExportProjectSchemaService(database, projects, limits, writers),
            new io.dbkeep.application.service.format.ImportProjectTextService(
                new io.dbkeep.application.service.format.ImportSchemaService(List.of()),
                new CreateProjectService(
                    database, projects, new InMemoryProjectVersions(database), clock, limits)));
    var export =
        new SchemaExportController(callers, codec, new ExportSchemaService(limits, writers));
    api =
        new HttpApi(
                new WebSettings("127.0.0.1", 0, 64 * 1024, Duration.ofSeconds(5)),
                List.of(projectController, projectSchema, export))
            .start();
    http = new HttpTestClient(api.port());
  }

  @AfterEach
  void stop() {
    api.stop();
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
