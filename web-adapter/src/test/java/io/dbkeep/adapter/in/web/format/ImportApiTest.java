package io.dbkeep.adapter.in.web.format;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.in.web.HttpApi;
import io.dbkeep.adapter.in.web.WebSettings;
import io.dbkeep.adapter.in.web.caller.GuestCallerResolver;
import io.dbkeep.adapter.in.web.project.ProjectSchemaController;
import io.dbkeep.application.fake.InMemoryDatabase;
import io.dbkeep.application.fake.InMemoryProjectPersistence;
import io.dbkeep.application.fake.InMemoryUserPersistence;
import io.dbkeep.application.port.out.format.SchemaTextReader;
import io.dbkeep.application.service.format.ImportProjectTextService;
import io.dbkeep.application.service.format.ImportSchemaService;
import io.dbkeep.application.service.project.CreateProjectService;
import io.dbkeep.application.service.project.ExportProjectService;
import io.dbkeep.application.service.project.ExportProjectSqlService;
import io.dbkeep.application.service.project.ImportProjectService;
import io.dbkeep.application.service.user.EnsureGuestUserService;
import io.dbkeep.domain.format.ImportError;
import io.dbkeep.domain.format.ImportWarning;
import io.dbkeep.domain.format.ImportedSchema;
import io.dbkeep.domain.format.SourceFormat;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.json.JsonCodec;
import io.dbkeep.testsupport.HttpTestClient;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/schema/import} and {@code POST /api/projects/import?from=} over real HTTP with a
 * fake PostgreSQL reader: "CREATE …" imports one table with a warning on line 2, anything else is a
 * syntax error at 3:7.
 */
class ImportApiTest {

  /** A stand-in for the SQL adapter (web tests do not depend on other adapters). */
  static final class FakeReader implements SchemaTextReader {
    @Override
    public SourceFormat format() {
      return SourceFormat.POSTGRESQL;
    }

    @Override
    public Either<ImportError, ImportedSchema> read(String text) {
      if (!text.startsWith("CREATE")) {
        return Either.left(
            new ImportError(ImportError.Code.SYNTAX_ERROR, 3, 7, "expected ')' here"));
      }
      var table =
          Table.of(
              "t1",
              "people",
              List.of(Column.builder("c1", "id", ColumnType.INTEGER).primaryKey().build()));
      return Either.right(
          new ImportedSchema(
              SchemaDocument.of(List.of(table), List.of()),
              Option.of(Engine.POSTGRESQL),
              Option.none(),
              List.of(new ImportWarning(2, "STATEMENT_NOT_KEPT", "SET x … is not kept"))));
    }
  }

  /** A writer per target format (the import tests never export). */
  private static List<io.dbkeep.application.port.out.format.SchemaTextWriter> writers() {
    var writers = new java.util.ArrayList<io.dbkeep.application.port.out.format.SchemaTextWriter>();
    for (var format : io.dbkeep.domain.format.TargetFormat.values()) {
      writers.add(
          new io.dbkeep.application.port.out.format.SchemaTextWriter() {
            @Override
            public io.dbkeep.domain.format.TargetFormat format() {
              return format;
            }

            @Override
            public byte[] write(SchemaDocument document, Engine engine) {
              return new byte[0];
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
    var limits = SchemaLimits.DEFAULT;
    new EnsureGuestUserService(database, users, users, clock).ensureGuestUser();
    var callers = new GuestCallerResolver();
    var codec = new JsonCodec();
    var importSchema = new ImportSchemaService(List.of(new FakeReader()));
    var create =
        new CreateProjectService(
            database,
            projects,
            new io.dbkeep.application.fake.InMemoryProjectVersions(database),
            clock,
            limits);
    var projectSchema =
        new ProjectSchemaController(
            callers,
            codec,
            new ExportProjectSqlService(database, projects, limits),
            new ExportProjectService(database, projects, limits, clock),
            new ImportProjectService(
                database,
                projects,
                new io.dbkeep.application.fake.InMemoryProjectVersions(database),
                limits,
                clock),
            new io.dbkeep.application.service.project.ExportProjectSchemaService(
                database, projects, limits, writers()),
            new ImportProjectTextService(importSchema, create));
    api =
        new HttpApi(
                new WebSettings("127.0.0.1", 0, 64 * 1024, Duration.ofSeconds(5)),
                List.of(projectSchema, new ImportController(callers, importSchema)))
            .start();
    http = new HttpTestClient(api.port());
  }

  @AfterEach
  void stop() {
    api.stop();
  }

  @Test
  void importAnswersTheLaidOutDocumentAndTheWarningsWithTheirLines() {
    var response =
        http.post(
            "/api/schema/import?from=postgres",
            "CREATE TABLE people (id int);",
            "Content-Type",
            "text/plain");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var body = json(response);
    assertThat(body.get("format").asString()).isEqualTo("postgresql");
    assertThat(body.get("engine").asString()).isEqualTo("postgresql");
    assertThat(body.get("document").get("tables").get(0).get("name").asString())
        .isEqualTo("people");
    assertThat(body.get("document").get("tables").get(0).has("position")).isTrue();
    assertThat(body.get("warnings").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(body.get("warnings").get(0).get("code").asString()).isEqualTo("STATEMENT_NOT_KEPT");
  }

  @Test
  void aSyntaxErrorIs422WithLineAndColumnInTheEnvelope() {
    var response =
        http.post("/api/schema/import?from=postgresql", "broken", "Content-Type", "text/plain");

    assertThat(response.statusCode()).isEqualTo(422);
    var error = json(response).get("error");
    assertThat(error.get("code").asString()).isEqualTo("IMPORT_SYNTAX_ERROR");
    assertThat(error.get("message").asString()).contains("3:7: expected ')' here");
    assertThat(error.get("details").get(0).get("path").asString()).isEqualTo("3:7");
    assertThat(error.get("details").get(0).get("line").asInt()).isEqualTo(3);
    assertThat(error.get("details").get(0).get("column").asInt()).isEqualTo(7);
  }

  @Test
  void badUsageIs4xxNeverA500() {
    assertThat(http.post("/api/schema/import", "CREATE").statusCode()).isEqualTo(400);
    assertThat(
            json(http.post("/api/schema/import?from=oracle", "CREATE"))
                .get("error")
                .get("details")
                .get(0)
                .get("path")
                .asString())
        .isEqualTo("from");
    var unsupported = http.post("/api/schema/import?from=dbml", "Table x {}");
    assertThat(unsupported.statusCode()).isEqualTo(422);
    assertThat(json(unsupported).get("error").get("code").asString())
        .isEqualTo("IMPORT_UNSUPPORTED");
    var notUtf8 =
        http.send(
            "POST",
            "/api/schema/import?from=postgresql",
            new String(
                new byte[] {(byte) 0xC3, (byte) 0x28},
                java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThat(notUtf8.statusCode()).isBetween(400, 499);
    assertThat(
            http.post("/api/schema/import?from=postgresql", "CREATE " + "x".repeat(70 * 1024))
                .statusCode())
        .isEqualTo(413);
  }

  @Test
  void projectsImportWithFromCreatesAProjectNamedByTheQueryAndListsTheWarnings() {
    var response =
        http.post(
            "/api/projects/import?from=postgresql&name=Legacy", "CREATE TABLE people (id int);");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    var body = json(response);
    assertThat(body.get("name").asString()).isEqualTo("Legacy");
    assertThat(body.get("engine").asString()).isEqualToIgnoringCase("postgresql");
    assertThat(body.get("data").get("tables").get(0).get("name").asString()).isEqualTo("people");
    assertThat(body.get("warnings").findValuesAsString("path")).contains("line 2");

    var refused = http.post("/api/projects/import?from=postgresql", "broken");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json(refused).get("error").get("code").asString()).isEqualTo("IMPORT_SYNTAX_ERROR");
  }
}
