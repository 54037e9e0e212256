package io.dbkeep.adapter.in.web.format;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.in.web.InMemoryProjectApi;
import io.dbkeep.application.port.out.format.SchemaTextReader;
import io.dbkeep.application.service.format.ImportSchemaService;
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
import io.dbkeep.testsupport.HttpTestClient;
import io.vavr.control.Either;
import io.vavr.control.Option;
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

  private InMemoryProjectApi server;
  private HttpTestClient http;

  @BeforeEach
  void start() {
    server = new InMemoryProjectApi(SchemaLimits.DEFAULT);
    var importSchema = new ImportSchemaService(List.of(new FakeReader()));
    var writers = InMemoryProjectApi.recordingWriters(); // the import tests never export
    http =
        server.serve(
            List.of(
                server.projectSchemaController(writers, importSchema),
                new ImportController(server.callers, importSchema)));
  }

  @AfterEach
  void stop() {
    server.close();
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
