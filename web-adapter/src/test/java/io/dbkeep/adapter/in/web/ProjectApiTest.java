package io.dbkeep.adapter.in.web;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.in.web.caller.GuestCallerResolver;
import io.dbkeep.adapter.in.web.health.HealthController;
import io.dbkeep.adapter.in.web.project.ProjectController;
import io.dbkeep.application.fake.InMemoryDatabase;
import io.dbkeep.application.fake.InMemoryProjectPersistence;
import io.dbkeep.application.fake.InMemoryProjectVersions;
import io.dbkeep.application.fake.InMemoryUserPersistence;
import io.dbkeep.application.service.health.CheckReadinessService;
import io.dbkeep.application.service.project.CreateProjectService;
import io.dbkeep.application.service.project.DeleteProjectService;
import io.dbkeep.application.service.project.DuplicateProjectService;
import io.dbkeep.application.service.project.GetProjectService;
import io.dbkeep.application.service.project.ListProjectsService;
import io.dbkeep.application.service.project.UpdateProjectService;
import io.dbkeep.application.service.user.EnsureGuestUserService;
import io.dbkeep.json.JsonCodec;
import io.dbkeep.testsupport.HttpTestClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The project API over real HTTP on a random port, with in-memory ports behind it. */
class ProjectApiTest {

  private HttpApi api;
  private HttpTestClient http;
  private final AtomicBoolean databaseUp = new AtomicBoolean(true);

  @BeforeEach
  void start() {
    var database = new InMemoryDatabase();
    var projects = new InMemoryProjectPersistence(database);
    var users = new InMemoryUserPersistence(database);
    var clock = Clock.systemUTC();
    new EnsureGuestUserService(database, users, users, clock).ensureGuestUser();
    var controller =
        new ProjectController(
            new GuestCallerResolver(),
            new JsonCodec(),
            new ListProjectsService(database, projects),
            new CreateProjectService(
                database, projects, new InMemoryProjectVersions(database), clock),
            new GetProjectService(database, projects),
            new UpdateProjectService(
                database, projects, projects, new InMemoryProjectVersions(database), clock),
            new DeleteProjectService(database, projects, projects),
            new DuplicateProjectService(
                database, projects, projects, new InMemoryProjectVersions(database), clock));
    var health = new HealthController(new CheckReadinessService(databaseUp::get));
    api =
        new HttpApi(
                new WebSettings("127.0.0.1", 0, 4096, Duration.ofSeconds(5)),
                List.of(controller, health))
            .start();
    http = new HttpTestClient(api.port());
  }

  @AfterEach
  void stop() {
    api.stop();
  }

  @Test
  void createAnswers201WithTheFullProjectALocationAndAnETag() {
    var response =
        http.post(
            "/api/projects",
            "{\"name\":\"  Shop \",\"engine\":\"MySQL\",\"data\":{\"tables\":[]}}");

    assertThat(response.statusCode()).isEqualTo(201);
    var body = json(response);
    assertThat(body.get("name").asString()).isEqualTo("Shop");
    assertThat(body.get("engine").asString()).isEqualTo("MySQL");
    assertThat(body.get("data").toString())
        .isEqualTo(
            "{\"formatVersion\":1,\"tables\":[],\"relations\":[],\"groups\":[],\"notes\":[]}");
    assertThat(body.get("warnings").isArray()).isTrue();
    assertThat(body.get("userId").asString()).isEqualTo("guest-user");
    assertThat(body.get("ownerId").asString()).isEqualTo("guest-user");
    assertThat(body.get("ownerType").asString()).isEqualTo("user");
    assertThat(body.get("version").asLong()).isEqualTo(1);
    assertThat(body.get("createdAt").asString())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
    assertThat(response.headers().firstValue("Location"))
        .contains("/api/projects/" + body.get("id").asString());
  }

  @Test
  void createDefaultsToPostgreSqlAndAnEmptyDocument() {
    var body = json(http.post("/api/projects", "{\"name\":\"Blank\"}"));

    assertThat(body.get("engine").asString()).isEqualTo("PostgreSQL");
    assertThat(body.get("data").get("tables").isArray()).isTrue();
    assertThat(body.get("data").get("relations").isArray()).isTrue();
  }

  @Test
  void getAnswersTheProjectWithItsETagAndHonoursIfNoneMatch() {
    var id = createProject("Shop");

    var response = http.get("/api/projects/" + id);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
    assertThat(json(response).get("id").asString()).isEqualTo(id);

    assertThat(http.get("/api/projects/" + id, "If-None-Match", "\"1\"").statusCode())
        .isEqualTo(304);
  }

  @Test
  void listShowsMetadataOnlyNewestFirst() throws InterruptedException {
    var older = createProject("Older");
    Thread.sleep(5);
    var newer = createProject("Newer");

    var list = json(http.get("/api/projects"));

    assertThat(list.size()).isEqualTo(2);
    assertThat(list.get(0).get("id").asString()).isEqualTo(newer);
    assertThat(list.get(1).get("id").asString()).isEqualTo(older);
    var item = list.get(0);
    assertThat(item.has("data")).isFalse();
    assertThat(item.get("createdByName").asString()).isEqualTo("Guest User");
    for (var field :
        List.of("id", "name", "engine", "ownerId", "ownerType", "createdAt", "updatedAt")) {
      assertThat(item.has(field)).as(field).isTrue();
    }
  }

  @Test
  void updateWithTheCurrentETagChangesTheProjectAndReturnsTheNextETag() {
    var id = createProject("Shop");

    var response =
        http.put(
            "/api/projects/" + id,
            "{\"name\":\"Store\",\"engine\":\"sqlite\"}",
            "If-Match",
            "\"1\"");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).contains("\"2\"");
    assertThat(json(response).get("name").asString()).isEqualTo("Store");
    assertThat(json(response).get("engine").asString()).isEqualTo("SQLite");
  }

  @Test
  void updateWithAStaleETagAnswers412WithTheCurrentVersion() {
    var id = createProject("Shop");
    http.put("/api/projects/" + id, "{\"name\":\"A\"}");

    var response = http.put("/api/projects/" + id, "{\"name\":\"B\"}", "If-Match", "\"1\"");

    assertThat(response.statusCode()).isEqualTo(412);
    var error = json(response).get("error");
    assertThat(error.get("code").asString()).isEqualTo("VERSION_MISMATCH");
    assertThat(error.get("details").get(0).get("currentVersion").asLong()).isEqualTo(2);
    assertThat(json(http.get("/api/projects/" + id)).get("name").asString()).isEqualTo("A");
  }

  @Test
  void anIfMatchThatIsNotOurETagNeverMatches() {
    var id = createProject("Shop");

    assertThat(
            http.put("/api/projects/" + id, "{\"name\":\"B\"}", "If-Match", "\"abc\"").statusCode())
        .isEqualTo(412);
    assertThat(http.put("/api/projects/" + id, "{\"name\":\"B\"}", "If-Match", "*").statusCode())
        .isEqualTo(200);
  }

  @Test
  void anIfMatchListHoldingTheCurrentETagIsApplied() {
    var id = createProject("Shop");
    http.put("/api/projects/" + id, "{\"name\":\"A\"}");

    var listed = http.put("/api/projects/" + id, "{\"name\":\"B\"}", "If-Match", "\"2\", \"3\"");
    var lines =
        http.put(
            "/api/projects/" + id, "{\"name\":\"C\"}", "If-Match", "\"1\"", "If-Match", "\"3\"");
    var unlisted = http.put("/api/projects/" + id, "{\"name\":\"D\"}", "If-Match", "\"1\", \"2\"");
    var leadingZero = http.put("/api/projects/" + id, "{\"name\":\"E\"}", "If-Match", "\"04\"");

    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(listed.headers().firstValue("ETag")).contains("\"3\"");
    assertThat(lines.statusCode()).as(lines.body()).isEqualTo(200);
    assertThat(unlisted.statusCode()).isEqualTo(412);
    assertThat(json(unlisted).get("error").get("message").asString())
        .isEqualTo("The project is at version 4, not one of 1, 2");
    assertThat(leadingZero.statusCode()).isEqualTo(412);
    assertThat(json(http.get("/api/projects/" + id)).get("name").asString()).isEqualTo("C");
  }

  @Test
  void aDeleteHonoursAnIfMatchListAndStar() {
    var first = createProject("One");
    var second = createProject("Two");

    assertThat(http.delete("/api/projects/" + first, "If-Match", "\"7\", \"8\"").statusCode())
        .isEqualTo(412);
    assertThat(http.delete("/api/projects/" + first, "If-Match", "\"7\", \"1\"").statusCode())
        .isEqualTo(200);
    assertThat(http.delete("/api/projects/" + second, "If-Match", "*").statusCode()).isEqualTo(200);
  }

  @Test
  void anIfNoneMatchListComparesWeaklyAndAnswers304() {
    var id = createProject("Shop");

    for (var value : List.of("\"0\", \"1\"", "W/\"1\"", "\"5\", W/\"1\"", "*")) {
      var response = http.get("/api/projects/" + id, "If-None-Match", value);
      assertThat(response.statusCode()).as(value).isEqualTo(304);
      assertThat(response.headers().firstValue("ETag")).as(value).contains("\"1\"");
    }
    var lines = http.get("/api/projects/" + id, "If-None-Match", "\"0\"", "If-None-Match", "\"1\"");
    assertThat(lines.statusCode()).isEqualTo(304);
    for (var value : List.of("\"01\"", "\"0\", \"2\"", "1", "\"1")) {
      assertThat(http.get("/api/projects/" + id, "If-None-Match", value).statusCode())
          .as(value)
          .isEqualTo(200);
    }
  }

  @Test
  void deleteAnswersSuccessAndTheProjectIsGone() {
    var id = createProject("Shop");

    var response = http.delete("/api/projects/" + id);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("success").asBoolean()).isTrue();
    assertThat(json(response).get("id").asString()).isEqualTo(id);
    assertThat(http.get("/api/projects/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void duplicateAnswers201WithACopy() {
    var id = createProject("Shop");

    var response = http.post("/api/projects/" + id + "/duplicate", null);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(json(response).get("name").asString()).isEqualTo("Shop (copy)");
    assertThat(json(response).get("id").asString()).isNotEqualTo(id);
  }

  @Test
  void malformedJsonIs400MalformedJson() {
    var response = http.post("/api/projects", "{\"name\": \"x\",");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("error").get("code").asString()).isEqualTo("MALFORMED_JSON");
  }

  @Test
  void anEmptyBodyIs400MalformedJson() {
    var response = http.post("/api/projects", "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("error").get("code").asString()).isEqualTo("MALFORMED_JSON");
  }

  @Test
  void everyWrongFieldIsReportedAtOnceWithItsPath() {
    var response = http.post("/api/projects", "{\"name\":42,\"engine\":\"Oracle\",\"data\":[1]}");

    assertThat(response.statusCode()).isEqualTo(400);
    var error = json(response).get("error");
    assertThat(error.get("code").asString()).isEqualTo("VALIDATION_ERROR");
    assertThat(error.get("details").findValuesAsString("path"))
        .containsExactlyInAnyOrder("name", "engine", "data");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"x\"", "42", "null"})
  void aBodyThatIsNotAnObjectIs400(String body) {
    var response = http.post("/api/projects", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("error").get("code").asString()).isEqualTo("VALIDATION_ERROR");
  }

  @Test
  void aBlankOrOverlongNameIsAValidationError() {
    assertThat(http.post("/api/projects", "{\"name\":\"   \"}").statusCode()).isEqualTo(400);
    assertThat(http.post("/api/projects", "{\"name\":\"" + "n".repeat(201) + "\"}").statusCode())
        .isEqualTo(400);
    assertThat(http.post("/api/projects", "{}").statusCode()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"00000000-0000-0000-0000-000000000000", "not-a-uuid", "%27%20or%201%3D1", "123"})
  void unknownOrMalformedIdsAre404ProjectNotFound(String id) {
    for (var response :
        List.of(
            http.get("/api/projects/" + id),
            http.put("/api/projects/" + id, "{\"name\":\"x\"}"),
            http.delete("/api/projects/" + id),
            http.post("/api/projects/" + id + "/duplicate", null))) {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(json(response).get("error").get("code").asString()).isEqualTo("PROJECT_NOT_FOUND");
    }
  }

  @Test
  void anUnknownRouteIs404Json() {
    var response = http.get("/api/nothing-here");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("error").get("code").asString()).isEqualTo("NOT_FOUND");
  }

  @Test
  void aBodyJustUnderTheLimitWithMultiByteTextIsReadWhole() {
    // 4,096 bytes allowed: 1,000 three-byte characters in the comment of a table, the name last
    var comment = "€".repeat(1000);
    var body =
        "{\"name\":\"Ünïcödé\",\"data\":{\"tables\":[{\"id\":\"t\",\"name\":\"t\","
            + "\"columns\":[],\"comment\":\""
            + comment
            + "\"}]}}";
    assertThat(body.getBytes(StandardCharsets.UTF_8).length).isBetween(3000, 4096);

    var response = http.post("/api/projects", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(json(response).get("name").asString()).isEqualTo("Ünïcödé");
    assertThat(json(response).get("data").get("tables").get(0).get("comment").asString())
        .isEqualTo(comment);
  }

  @Test
  void aBodySentInChunksWithoutALengthIsReadAndOneOverTheLimitRefused() throws Exception {
    var client = HttpClient.newHttpClient();
    var small = "{\"name\":\"Chunked\",\"data\":{\"tables\":[]}}".getBytes(StandardCharsets.UTF_8);
    var large = ("{\"name\":\"" + "x".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8);

    var created = client.send(chunked(small), HttpResponse.BodyHandlers.ofString());
    var refused = client.send(chunked(large), HttpResponse.BodyHandlers.ofString());

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(json(created).get("name").asString()).isEqualTo("Chunked");
    assertThat(refused.statusCode()).isEqualTo(413);
  }

  /** A POST whose body has no Content-Length (sent chunked). */
  private HttpRequest chunked(byte[] body) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/projects"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
        .build();
  }

  @Test
  void aBodyOverTheLimitIs413() {
    var response = http.post("/api/projects", "{\"name\":\"" + "x".repeat(5000) + "\"}");

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).get("error").get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
  }

  @Test
  void healthSaysLiveAndReadyAndNotReadyWhenTheDatabaseIsDown() {
    assertThat(http.get("/health/live").statusCode()).isEqualTo(200);
    assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);

    databaseUp.set(false);

    var response = http.get("/health/ready");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(json(response).get("database").asString()).isEqualTo("DOWN");
  }

  private String createProject(String name) {
    var response = http.post("/api/projects", "{\"name\":\"" + name + "\"}");
    assertThat(response.statusCode()).isEqualTo(201);
    return json(response).get("id").asString();
  }
}
