package io.dbkeep.adapter.in.web;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.in.web.schema.SchemaController;
import io.dbkeep.application.service.format.ImportSchemaService;
import io.dbkeep.application.service.schema.ExportSchemaSqlService;
import io.dbkeep.application.service.schema.PlanSchemaMigrationService;
import io.dbkeep.application.service.schema.ValidateSchemaService;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.testsupport.HttpTestClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Schema validation, SQL export, import and export over real HTTP, with in-memory ports. */
class SchemaApiTest {

  static final String DOCUMENT =
      """
      {"tables":[
        {"id":"t1","name":"users","columns":[
          {"id":"c1","name":"id","type":"SERIAL","primaryKey":true,"nullable":false,"unique":true},
          {"id":"c2","name":"email","type":"VARCHAR","length":255,"nullable":false,"unique":true}]},
        {"id":"t2","name":"order","columns":[
          {"id":"c1","name":"id","type":"BIGSERIAL","primaryKey":true,"nullable":false},
          {"id":"c2","name":"user_id","type":"INTEGER","nullable":true},
          {"id":"c3","name":"note","type":"TEXT","unique":true}],
         "x-ui":{"collapsed":true}}],
       "relations":[{"id":"r1","sourceTableId":"t2","sourceColumnId":"c2","targetTableId":"t1",
         "targetColumnId":"c1","type":"1:N","onDelete":"SET NULL"}],
       "groups":[],"notes":[],"viewport":{"zoom":1.5}}
      """;

  private InMemoryProjectApi server;
  private HttpTestClient http;

  @BeforeEach
  void start() {
    server = new InMemoryProjectApi(new SchemaLimits(5, 4));
    var schema =
        new SchemaController(
            server.callers,
            server.codec,
            new ValidateSchemaService(server.limits),
            new ExportSchemaSqlService(server.limits),
            new PlanSchemaMigrationService(server.limits));
    http =
        server.serve(
            List.of(
                server.projectController(),
                server.projectSchemaController(
                    InMemoryProjectApi.recordingWriters(), new ImportSchemaService(List.of())),
                schema));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void savingAValidDocumentAnswersItsWarningsAndKeepsUnknownFields() {
    var response = http.post("/api/projects", "{\"name\":\"Shop\",\"data\":" + DOCUMENT + "}");

    assertThat(response.statusCode()).isEqualTo(201);
    var body = json(response);
    assertThat(body.get("warnings").findValuesAsString("code")).contains("FK_WITHOUT_INDEX");
    assertThat(body.get("data").get("formatVersion").asInt()).isEqualTo(1);
    assertThat(body.get("data").get("viewport").get("zoom").asDouble()).isEqualTo(1.5);
    assertThat(body.get("data").get("tables").get(1).get("x-ui").get("collapsed").asBoolean())
        .isTrue();
    var stored = json(http.get("/api/projects/" + body.get("id").asString()));
    assertThat(stored.get("data")).isEqualTo(body.get("data"));
    assertThat(stored.has("warnings")).isFalse();
  }

  @Test
  void savingADocumentWithErrorsStoresItAndListsEveryProblemUnderData() {
    var response =
        http.post(
            "/api/projects", "{\"name\":\"Bad\",\"engine\":\"MySQL\",\"data\":" + DOCUMENT + "}");

    assertThat(response.statusCode()).isEqualTo(201);
    var problems = json(response).get("problems");
    assertThat(problems.findValuesAsString("path"))
        .containsExactly("data.tables[1].columns[2].unique");
    assertThat(problems.get(0).get("severity").asString()).isEqualTo("error");
    var stored = json(http.get("/api/projects/" + json(response).get("id").asString()));
    assertThat(stored.get("data")).isEqualTo(json(response).get("data"));
    assertThat(
            http.get("/api/projects/" + json(response).get("id").asString() + "/sql").statusCode())
        .isEqualTo(422);
  }

  @Test
  void changingTheEngineToOneTheDocumentDoesNotFitIsStoredWithItsProblems() {
    var id =
        json(http.post("/api/projects", "{\"name\":\"Shop\",\"data\":" + DOCUMENT + "}"))
            .get("id")
            .asString();

    var response = http.put("/api/projects/" + id, "{\"engine\":\"MySQL\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("problems").findValuesAsString("path"))
        .contains("data.tables[1].columns[2].unique");
    assertThat(json(http.get("/api/projects/" + id)).get("engine").asString()).isEqualTo("MySQL");
  }

  @Test
  void validateAnswersValidityAndEveryProblemWithItsPath() {
    var valid = json(http.post("/api/schema/validate?engine=postgresql", DOCUMENT));
    var invalid = json(http.post("/api/schema/validate?engine=mysql", DOCUMENT));

    assertThat(valid.get("valid").asBoolean()).isTrue();
    assertThat(invalid.get("valid").asBoolean()).isFalse();
    assertThat(invalid.get("engine").asString()).isEqualTo("MySQL");
    assertThat(invalid.get("problems").findValuesAsString("path"))
        .containsExactly("tables[1].columns[2].unique");
    assertThat(invalid.get("problems").get(0).has("severity")).isTrue();
  }

  @Test
  void hostileChecksAreProblemsWithTheirPathAndColumnNeverA500() {
    var document =
        "{\"tables\":[{\"id\":\"t\",\"name\":\"t\",\"columns\":[{\"id\":\"a\",\"name\":\"a\","
            + "\"type\":\"INTEGER\",\"primaryKey\":true,\"nullable\":false}],\"checks\":["
            + "{\"id\":\"k1\",\"expression\":\"a > 0); DROP TABLE t; --\"},"
            + "{\"id\":\"k2\",\"expression\":\""
            + "(".repeat(5_000)
            + "\"},"
            + "{\"id\":\"k3\",\"expression\":7},"
            + "{\"id\":\"k4\",\"expression\":\"a > 0\"}]}],\"relations\":[]}";

    var response = http.post("/api/schema/validate?engine=postgresql", document);
    var sql = http.post("/api/schema/sql?engine=postgresql", document);

    assertThat(response.statusCode()).isEqualTo(200);
    var problems = json(response).get("problems");
    assertThat(problems.findValuesAsString("path"))
        .containsExactly(
            "tables[0].checks[1].expression",
            "tables[0].checks[2].expression",
            "tables[0].checks[0].expression");
    assertThat(problems.findValuesAsString("message"))
        .anySatisfy(m -> assertThat(m).startsWith("at column 7: a semicolon"))
        .anySatisfy(m -> assertThat(m).contains("at most 4000"));
    assertThat(sql.statusCode()).isEqualTo(422);
  }

  @Test
  void sqlOfAGivenDocumentIsPlainTextForTheEngine() {
    var response = http.post("/api/schema/sql?engine=sqlite", DOCUMENT);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(response.body())
        .startsWith("-- Generated by DBKeep for SQLite")
        .contains("CREATE TABLE \"order\"");
    assertThat(http.post("/api/schema/sql?engine=mysql", DOCUMENT).statusCode()).isEqualTo(422);
    assertThat(http.post("/api/schema/sql?engine=oracle", DOCUMENT).statusCode()).isEqualTo(400);
  }

  @Test
  void diffAnswersTheChangesWarningsAndMigrationSqlInBothDirections() {
    var renamed = DOCUMENT.replace("\"name\":\"order\"", "\"name\":\"orders\"");
    var dropped = renamed.replaceAll(",\\s*\\{\"id\":\"c3\"[^}]*}", "");
    assertThat(dropped).isNotEqualTo(renamed);
    var body = "{\"from\":" + DOCUMENT + ",\"to\":" + dropped + "}";

    var up = http.post("/api/schema/diff?engine=sqlite", body);

    assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
    var answer = json(up);
    assertThat(answer.get("engine").asString()).isEqualTo("SQLite");
    assertThat(answer.get("direction").asString()).isEqualTo("up");
    assertThat(answer.get("destructive").asBoolean()).isTrue();
    assertThat(answer.get("changes").findValuesAsString("kind"))
        .containsExactly("table_renamed", "column_dropped");
    assertThat(answer.get("warnings").get(0).get("message").asString()).contains("orders.note");
    assertThat(answer.get("sql").asString())
        .contains("ALTER TABLE \"order\" RENAME TO \"orders\";")
        .contains("-- DESTRUCTIVE: drops column orders.note");
    var down = json(http.post("/api/schema/diff?engine=sqlite&direction=down", body));
    assertThat(down.get("direction").asString()).isEqualTo("down");
    assertThat(down.get("changes").findValuesAsString("kind"))
        .containsExactly("table_renamed", "column_added");
    var same =
        json(
            http.post(
                "/api/schema/diff?engine=sqlite",
                "{\"from\":" + DOCUMENT + ",\"to\":" + DOCUMENT + "}"));
    assertThat(same.get("changes").size()).isZero();
    assertThat(same.get("sql").asString()).isEmpty();
    assertThat(same.get("engine").asString()).isEqualTo("SQLite");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "{}",
        "{\"from\":{}}",
        "{\"from\":[],\"to\":{}}",
        "{\"from\":{},\"to\":\"x\"}",
      })
  void diffOfABodyWithoutTwoDocumentsIs400(String body) {
    var response = http.post("/api/schema/diff", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(json(response).get("error").get("code").asString()).isEqualTo("VALIDATION_ERROR");
  }

  @Test
  void diffOfAnInvalidDocumentIs422WithSidedPathsAndOfTwoEnginesIs400() {
    var invalid = DOCUMENT.replace("\"name\":\"order\"", "\"name\":\"\"");
    var response =
        http.post(
            "/api/schema/diff?engine=sqlite", "{\"from\":" + DOCUMENT + ",\"to\":" + invalid + "}");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(json(response).get("error").get("details").findValuesAsString("path"))
        .contains("to.tables[1].name");
    var inner = DOCUMENT.strip().substring(1, DOCUMENT.strip().length() - 1);
    var pg =
        "{\"version\":\"1.0\",\"project\":{\"name\":\"P\",\"engine\":\"PostgreSQL\","
            + inner
            + "}}";
    var sqlite = pg.replace("PostgreSQL", "SQLite");
    var engines = http.post("/api/schema/diff", "{\"from\":" + pg + ",\"to\":" + sqlite + "}");
    assertThat(engines.statusCode()).as(engines.body()).isEqualTo(400);
    assertThat(engines.body()).contains("ENGINE_CHANGED");
    assertThat(
            http.post(
                    "/api/schema/diff?direction=sideways",
                    "{\"from\":" + DOCUMENT + ",\"to\":" + DOCUMENT + "}")
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void aProjectsSqlDefaultsToItsEngineAndTakesAnother() {
    var id =
        json(http.post("/api/projects", "{\"name\":\"Shop\",\"data\":" + DOCUMENT + "}"))
            .get("id")
            .asString();

    var postgres = http.get("/api/projects/" + id + "/sql");
    var sqlite = http.get("/api/projects/" + id + "/sql?engine=SQLite");

    assertThat(postgres.body())
        .contains("Generated by DBKeep for PostgreSQL")
        .contains("\"order\"");
    assertThat(sqlite.body()).contains("PRAGMA foreign_keys = ON;");
    assertThat(http.get("/api/projects/" + id + "/sql?engine=mysql").statusCode()).isEqualTo(422);
    assertThat(http.get("/api/projects/00000000-0000-0000-0000-000000000000/sql").statusCode())
        .isEqualTo(404);
  }

  @Test
  void exportThenImportGivesTheSameDocumentInANewProject() {
    var id =
        json(http.post("/api/projects", "{\"name\":\"Shop\",\"data\":" + DOCUMENT + "}"))
            .get("id")
            .asString();

    var envelope = http.get("/api/projects/" + id + "/export");
    assertThat(envelope.statusCode()).isEqualTo(200);
    var exported = json(envelope);
    assertThat(exported.get("version").asString()).isEqualTo("1.0");
    assertThat(exported.get("project").get("name").asString()).isEqualTo("Shop");
    assertThat(exported.get("exportedAt").asString()).endsWith("Z");

    var imported = http.post("/api/projects/import", envelope.body());
    assertThat(imported.statusCode()).isEqualTo(201);
    var copy = json(imported);
    assertThat(copy.get("id").asString()).isNotEqualTo(id);
    assertThat(copy.get("data")).isEqualTo(json(http.get("/api/projects/" + id)).get("data"));
  }

  @Test
  void anEnvelopeWithProblemsIsRefusedWithEnvelopePaths() {
    var response =
        http.post(
            "/api/projects/import",
            "{\"version\":\"9\",\"project\":{\"name\":\"\",\"engine\":\"Oracle\",\"tables\":[{\"id\":1}]}}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(json(response).get("error").get("details").findValuesAsString("path"))
        .contains("version", "project.name", "project.engine", "project.tables[0].id");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"tables\":\"x\"}|tables|WRONG_TYPE",
        "{\"tables\":[1]}|tables[0]|WRONG_TYPE",
        "{\"tables\":[{\"id\":\"t\",\"name\":\"t\",\"columns\":[{\"id\":\"c\",\"name\":\"c\",\"type\":\"VARCHAR\",\"length\":1e400}]}]}|tables[0].columns[0].length|NUMBER_OUT_OF_RANGE",
        "{\"tables\":[{\"id\":\"t\",\"name\":\"t\",\"columns\":[{\"id\":\"c\",\"name\":\"c\",\"type\":\"GEOGRAPHY\"}]}]}|tables[0].columns[0].type|UNKNOWN_TYPE",
        "{\"tables\":[{\"id\":\"t\",\"name\":\"t\",\"columns\":{\"a\":1}}]}|tables[0].columns|WRONG_TYPE",
        "{\"tables\":[{},{},{},{},{},{}]}|tables|TOO_MANY_TABLES",
        "{\"relations\":[{\"id\":\"r\",\"sourceTableId\":\"s\",\"sourceColumnId\":\"a\",\"targetTableId\":\"t\",\"targetColumnId\":\"b\",\"type\":\"1:N\",\"additionalColumns\":\"x\"}]}|relations[0].additionalColumns|WRONG_TYPE",
        "{\"relations\":[{\"id\":\"r\",\"sourceTableId\":\"s\",\"sourceColumnId\":\"a\",\"targetTableId\":\"t\",\"targetColumnId\":\"b\",\"type\":\"1:N\",\"additionalColumns\":[7,{\"sourceColumnId\":\"a\",\"targetColumnId\":\"b\"}]}]}|relations[0].additionalColumns[0]|WRONG_TYPE",
        "{\"relations\":[{\"id\":\"r\",\"sourceTableId\":\"s\",\"sourceColumnId\":\"a\",\"targetTableId\":\"t\",\"targetColumnId\":\"b\",\"type\":\"1:N\",\"additionalColumns\":[{\"sourceColumnId\":\"a\",\"targetColumnId\":\"b\"},{\"sourceColumnId\":\"a\",\"targetColumnId\":\"b\"},{\"sourceColumnId\":\"a\",\"targetColumnId\":\"b\"},{\"sourceColumnId\":\"a\",\"targetColumnId\":\"b\"}]}]}|relations[0].additionalColumns|TOO_MANY_RELATION_COLUMNS",
        "[]||WRONG_TYPE"
      })
  void badDocumentsAreRefusedWithThePathNeverA500(String testCase) {
    var parts = testCase.split("\\|", -1);

    var validation = json(http.post("/api/schema/validate", parts[0]));
    var sql = http.post("/api/schema/sql", parts[0]);
    var save = http.post("/api/projects", "{\"name\":\"x\",\"data\":" + parts[0] + "}");

    assertThat(validation.get("valid").asBoolean()).isFalse();
    assertThat(validation.get("problems").get(0).get("path").asString()).isEqualTo(parts[1]);
    assertThat(validation.get("problems").get(0).get("code").asString()).isEqualTo(parts[2]);
    assertThat(sql.statusCode()).isEqualTo(422);
    assertThat(save.statusCode()).isIn(400, 422);
  }

  /**
   * A save reads its document straight from the body (ADR 0141), the validator from the body's
   * tree: the save's refusal names the validator's problems, in its order (the rules' order, not
   * the text's: a table's id and name before its columns' problems), under {@code data}.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"tables\":[{\"columns\":[{\"id\":1,\"length\":2.5}],\"id\":2,\"name\":3,"
            + "\"position\":{\"y\":\"a\",\"x\":1e301}}],\"formatVersion\":9}",
        "{\"relations\":[{\"type\":\"x\",\"additionalColumns\":[{},7],\"id\":\"r\"}],"
            + "\"tables\":[{},{\"id\":\"t\",\"name\":\"t\",\"checks\":[{\"id\":1}],"
            + "\"indexes\":[{\"columnIds\":[1,\"a\",null]}]}]}",
        "{\"notes\":[{\"style\":{\"width\":1},\"id\":\"n\"}],\"groups\":[{\"position\":[]}],"
            + "\"enums\":[{\"values\":[\"a\",{}],\"id\":\"e\",\"name\":\"e\"}]}",
        "{\"tables\":[{},{},{},{},{},{}],\"relations\":[{\"id\":3}]}",
        "{\"tables\":[{\"id\":\"t\",\"name\":\"t\",\"columns\":[{},{},{},{},{}]}]}"
      })
  void aSavesProblemsAreTheValidatorsOfTheSameDocumentInTheirOrder(String document) {
    var validation = json(http.post("/api/schema/validate", document));
    var created = http.post("/api/projects", "{\"name\":\"x\",\"data\":" + document + "}");
    var id = json(http.post("/api/projects", "{\"name\":\"y\"}")).get("id").asString();
    var saved = http.put("/api/projects/" + id, "{\"data\":" + document + "}");

    var expected = new java.util.ArrayList<String>();
    validation
        .get("problems")
        .forEach(
            problem ->
                expected.add(
                    problem.get("path").asString()
                        + " "
                        + problem.get("code").asString()
                        + " "
                        + problem.get("message").asString()));
    assertThat(expected).isNotEmpty();
    for (var response : List.of(created, saved)) {
      assertThat(response.statusCode()).as(response.body()).isIn(400, 422);
      var actual = new java.util.ArrayList<String>();
      json(response)
          .get("error")
          .get("details")
          .forEach(
              problem ->
                  actual.add(
                      problem.get("path").asString().replaceFirst("^data\\.?", "")
                          + " "
                          + problem.get("code").asString()
                          + " "
                          + problem.get("message").asString()));
      assertThat(actual).isEqualTo(expected);
    }
  }

  @Test
  void malformedOrDeeplyNestedJsonIs400AndTooLargeIs413() {
    List<HttpResponse<String>> responses =
        List.of(
            http.post("/api/schema/validate", "{\"tables\":["),
            http.post("/api/schema/sql", ""),
            http.post("/api/projects/import", "[".repeat(5000) + "]".repeat(5000)));
    for (var response : responses) {
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json(response).get("error").get("code").asString()).isEqualTo("MALFORMED_JSON");
    }
    var large = http.post("/api/schema/validate", "{\"x\":\"" + "y".repeat(70_000) + "\"}");
    assertThat(large.statusCode()).isEqualTo(413);
  }
}
