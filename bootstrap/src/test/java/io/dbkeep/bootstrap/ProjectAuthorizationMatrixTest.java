package io.dbkeep.bootstrap;

import static io.dbkeep.bootstrap.Browser.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every project endpoint × every kind of caller: the owner, another user, an anonymous caller with
 * guest mode off and on, and a banned user. Nobody but the owner reads, changes, duplicates,
 * exports or deletes a project; a foreign project answers exactly like a missing one (404); {@code
 * x-workspace-*} headers change nothing. Two servers share one database: one with guest mode on,
 * one with it off.
 */
class ProjectAuthorizationMatrixTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static final String BASE = "http://app.test";
  private static final String MISSING = "/api/projects/" + UUID.randomUUID();

  private static DbkeepServer guestOff;
  private static DbkeepServer guestOn;
  private static String ownerToken;
  private static String otherToken;
  private static String bannedToken;
  private static String ownerId;

  /** A project route: how to call it on a project path, and what its owner gets. */
  record Endpoint(String method, Function<String, String> path, String body, int ownerStatus) {}

  /** Every project route the server has. */
  static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint("GET", p -> p, null, 200),
          new Endpoint("PUT", p -> p, "{\"name\":\"Renamed\"}", 200),
          new Endpoint("POST", p -> p + "/duplicate", null, 201),
          new Endpoint("GET", p -> p + "/sql", null, 200),
          new Endpoint("GET", p -> p + "/export", null, 200),
          new Endpoint("DELETE", p -> p, null, 200));

  private static final String DOCUMENT =
      "{\"tables\":[{\"id\":\"t1\",\"name\":\"notes\",\"columns\":[{\"id\":\"c1\",\"name\":\"id\","
          + "\"type\":\"INTEGER\",\"primaryKey\":true,\"nullable\":false,\"unique\":false}]}],"
          + "\"relations\":[],\"groups\":[],\"notes\":[]}";

  /** Routes that act for the caller without naming a project, and what a caller gets. */
  record Action(String method, String path, String body, int status) {}

  static final List<Action> ACTIONS =
      List.of(
          new Action("GET", "/api/projects", null, 200),
          new Action("POST", "/api/projects", "{\"name\":\"Mine\"}", 201),
          new Action(
              "POST",
              "/api/projects/import",
              "{\"version\":\"1.0\",\"exportedAt\":\"2026-11-25T00:00:00.000Z\",\"project\":"
                  + "{\"name\":\"Imported\",\"engine\":\"PostgreSQL\",\"tables\":[],"
                  + "\"groups\":[],\"notes\":[],\"relations\":[]}}",
              201),
          new Action("POST", "/api/schema/validate", DOCUMENT, 200),
          new Action("POST", "/api/schema/sql?engine=sqlite", DOCUMENT, 200),
          new Action(
              "POST",
              "/api/schema/diff?engine=sqlite",
              "{\"from\":" + DOCUMENT + ",\"to\":" + DOCUMENT + "}",
              200));

  @BeforeAll
  static void boot() throws SQLException {
    guestOff = start(false);
    guestOn = start(true);
    var client = new Browser(guestOff.port());
    ownerToken = signUp(client, "owner");
    ownerId =
        json(new Browser(guestOff.port()).bearer(ownerToken).get("/api/auth/get-session"))
            .get("user")
            .get("id")
            .asString();
    otherToken = signUp(client, "other");
    bannedToken = signUp(client, "banned");
    var bannedId =
        json(new Browser(guestOff.port()).bearer(bannedToken).get("/api/auth/get-session"))
            .get("user")
            .get("id")
            .asString();
    // banned behind the API's back (e.g. by another instance): its session is still alive
    try (var connection = DATABASE.connect()) {
      connection.setAutoCommit(true);
      connection
          .createStatement()
          .execute(
              "update \"user\" set banned = true, ban_reason = 'abuse' where id = '"
                  + bannedId
                  + "'");
    }
  }

  private static DbkeepServer start(boolean guestMode) {
    var variables = new HashMap<String, String>();
    variables.put("DATABASE_URL", DATABASE.databaseUrl());
    variables.put("HOST", "127.0.0.1");
    variables.put("PORT", "0");
    variables.put("BASE_URL", BASE);
    variables.put("DBKEEP_SECRET", "matrix-secret-matrix-secret-matrix-secret");
    variables.put("GUEST_MODE", Boolean.toString(guestMode));
    variables.put("RATE_LIMIT_MAX", "0");
    var env = new Environment(variables);
    return DbkeepServer.start(
        ServerConfig.from(env, null), IdentityConfig.from(env, 0), Clock.systemUTC());
  }

  @AfterAll
  static void shutDown() {
    guestOff.close();
    guestOn.close();
  }

  @Test
  void theOwnerMayDoEverythingWithTheirProjectAndGets404ForAMissingOne() {
    var soft = new SoftAssertions();
    for (var endpoint : ENDPOINTS) {
      for (var server : List.of(guestOff, guestOn)) {
        var owner = new Browser(server.port()).bearer(ownerToken);
        var project = ownerProject();
        soft.assertThat(call(owner, endpoint, project).statusCode())
            .as("owner " + endpoint.method() + " " + endpoint.path().apply(project))
            .isEqualTo(endpoint.ownerStatus());
        soft.assertThat(call(owner, endpoint, MISSING).statusCode())
            .as("owner, missing project, " + endpoint.method())
            .isEqualTo(404);
        soft.assertThat(call(owner, endpoint, "/api/projects/not-a-uuid").statusCode())
            .as("owner, malformed id, " + endpoint.method())
            .isEqualTo(404);
      }
    }
    for (var action : ACTIONS) {
      var owner = new Browser(guestOff.port()).bearer(ownerToken);
      soft.assertThat(owner.send(action.method(), action.path(), action.body()).statusCode())
          .as("owner " + action.method() + " " + action.path())
          .isEqualTo(action.status());
    }
    soft.assertAll();
  }

  @Test
  void anotherUserGetsExactlyWhatAMissingProjectGetsAndWorkspaceHeadersChangeNothing() {
    var soft = new SoftAssertions();
    for (var endpoint : ENDPOINTS) {
      var project = ownerProject();
      for (var server : List.of(guestOff, guestOn)) {
        var other = new Browser(server.port()).bearer(otherToken);
        var foreign = call(other, endpoint, project);
        var missing = call(other, endpoint, MISSING);
        soft.assertThat(foreign.statusCode()).as("other " + endpoint.method()).isEqualTo(404);
        soft.assertThat(json(foreign).get("error").get("code").asString())
            .isEqualTo(json(missing).get("error").get("code").asString());
        soft.assertThat(
                call(
                        other,
                        endpoint,
                        project,
                        "x-workspace-id",
                        ownerId,
                        "x-workspace-type",
                        "user")
                    .statusCode())
            .as("other with x-workspace headers " + endpoint.method())
            .isEqualTo(404);
      }
      assertStillThere(soft, project);
    }
    var listed =
        new Browser(guestOff.port())
            .bearer(otherToken)
            .get("/api/projects", "x-workspace-id", ownerId, "x-workspace-type", "user");
    soft.assertThat(json(listed).findValuesAsString("ownerId")).doesNotContain(ownerId);
    var created =
        new Browser(guestOff.port())
            .bearer(otherToken)
            .post(
                "/api/projects",
                "{\"name\":\"Team?\"}",
                "x-workspace-id",
                ownerId,
                "x-workspace-type",
                "team");
    soft.assertThat(json(created).get("ownerId").asString()).isNotEqualTo(ownerId);
    soft.assertThat(json(created).get("ownerType").asString()).isEqualTo("user");
    soft.assertAll();
  }

  @Test
  void anonymousCallersGet401WhenGuestModeIsOff() {
    var soft = new SoftAssertions();
    var anonymous = new Browser(guestOff.port());
    var project = ownerProject();
    for (var endpoint : ENDPOINTS) {
      var response = call(anonymous, endpoint, project);
      soft.assertThat(response.statusCode()).as("anonymous " + endpoint.method()).isEqualTo(401);
      soft.assertThat(json(response).get("error").get("code").asString()).isEqualTo("UNAUTHORIZED");
    }
    soft.assertThat(anonymous.get("/api/projects").statusCode()).isEqualTo(401);
    soft.assertThat(anonymous.post("/api/projects", "{\"name\":\"x\"}").statusCode())
        .isEqualTo(401);
    soft.assertThat(
            new Browser(guestOff.port()).bearer("not-a-token").get("/api/projects").statusCode())
        .isEqualTo(401);
    assertStillThere(soft, project);
    soft.assertAll();
  }

  @Test
  void anonymousCallersShareTheGuestWhenGuestModeIsOnAndSeeNobodyElsesProjects() {
    var soft = new SoftAssertions();
    var anonymous = new Browser(guestOn.port());
    var guestProject = json(anonymous.post("/api/projects", "{\"name\":\"Shared\"}"));
    soft.assertThat(guestProject.get("ownerId").asString()).isEqualTo("guest-user");
    var secondVisitor = new Browser(guestOn.port());
    soft.assertThat(json(secondVisitor.get("/api/projects")).findValuesAsString("id"))
        .contains(guestProject.get("id").asString());
    soft.assertThat(json(secondVisitor.get("/api/projects")).findValuesAsString("ownerId"))
        .containsOnly("guest-user");
    for (var endpoint : ENDPOINTS) {
      var project = ownerProject();
      soft.assertThat(call(anonymous, endpoint, project).statusCode())
          .as("guest " + endpoint.method())
          .isEqualTo(404);
      assertStillThere(soft, project);
    }
    for (var action : ACTIONS) {
      soft.assertThat(
              new Browser(guestOn.port())
                  .send(action.method(), action.path(), action.body())
                  .statusCode())
          .as("guest " + action.method() + " " + action.path())
          .isEqualTo(action.status());
    }
    // and a signed-in owner never sees the guest's projects
    soft.assertThat(
            new Browser(guestOn.port())
                .bearer(ownerToken)
                .get("/api/projects/" + guestProject.get("id").asString())
                .statusCode())
        .isEqualTo(404);
    soft.assertAll();
  }

  @Test
  void aBannedUserIsRefusedEverywhereWithGuestModeOnOrOff() {
    var soft = new SoftAssertions();
    for (var server : List.of(guestOff, guestOn)) {
      var banned = new Browser(server.port()).bearer(bannedToken);
      var project = ownerProject();
      for (var endpoint : ENDPOINTS) {
        var response = call(banned, endpoint, project);
        soft.assertThat(response.statusCode()).as("banned " + endpoint.method()).isEqualTo(403);
        soft.assertThat(json(response).get("error").get("code").asString())
            .isEqualTo("BANNED_USER");
      }
      for (var action : ACTIONS) {
        soft.assertThat(banned.send(action.method(), action.path(), action.body()).statusCode())
            .as("banned " + action.method() + " " + action.path())
            .isEqualTo(403);
      }
      assertStillThere(soft, project);
    }
    soft.assertAll();
  }

  private static HttpResponse<String> call(
      Browser client, Endpoint endpoint, String project, String... headers) {
    return client.send(endpoint.method(), endpoint.path().apply(project), endpoint.body(), headers);
  }

  private static String ownerProject() {
    var created =
        new Browser(guestOff.port())
            .bearer(ownerToken)
            .post("/api/projects", "{\"name\":\"Owner's\",\"data\":{\"tables\":[]}}");
    assertThat(created.statusCode()).isEqualTo(201);
    return "/api/projects/" + json(created).get("id").asString();
  }

  private static void assertStillThere(SoftAssertions soft, String project) {
    var owner = new Browser(guestOff.port()).bearer(ownerToken);
    var stored = owner.get(project);
    soft.assertThat(stored.statusCode()).as("the owner's project is untouched").isEqualTo(200);
    soft.assertThat(json(stored).get("name").asString()).isEqualTo("Owner's");
    soft.assertThat(json(stored).get("version").asLong()).isEqualTo(1);
  }

  private static String signUp(Browser client, String name) {
    var response =
        client.post(
            "/api/auth/sign-up/email",
            "{\"name\":\""
                + name
                + "\",\"email\":\""
                + name
                + "-"
                + UUID.randomUUID().toString().substring(0, 8)
                + "@example.com\",\"password\":\"correct horse battery\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    client.forgetCookies();
    return json(response).get("token").asString();
  }
}
