package io.dbkeep.bootstrap;

import static io.dbkeep.bootstrap.Browser.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The original DBKeep front end's own request walk (its {@code useAuth}/{@code useProjects}
 * composables, cookie sessions, bodies as it sends them), replayed with a real HTTP client against
 * the real server on a real port. The step issue 10 found broken — drawing a relation from a {@code
 * VARCHAR} column to a {@code SERIAL} key and saving — now saves: the relation is still there after
 * a reload, its problem is listed with path and severity, and only the SQL export refuses it.
 * Errors carry the top-level {@code code} and {@code message} the original's {@code useAppError}
 * reads.
 */
class OriginalFrontEndWalkSystemTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static final String BASE = "http://app.test";
  private static DbkeepServer server;

  @BeforeAll
  static void boot() {
    var env =
        new Environment(
            Map.of(
                "DATABASE_URL", DATABASE.databaseUrl(),
                "HOST", "127.0.0.1",
                "PORT", "0",
                "BASE_URL", BASE,
                "DBKEEP_SECRET", "walk-secret-walk-secret-walk-secret-walk",
                "RATE_LIMIT_MAX", "0"));
    server =
        DbkeepServer.start(
            ServerConfig.from(env, null), IdentityConfig.from(env, 0), Clock.systemUTC());
  }

  @AfterAll
  static void shutDown() {
    server.close();
  }

  @Test
  void theOriginalsWalkWorksAndASaveWithAnIncompatibleRelationLosesNothing() {
    var browser = new Browser(server.port()).origin(BASE);
    var email = "walker-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

    // sign-up, sign-out, sign-in (Better Auth's client)
    var signUp =
        browser.post(
            "/api/auth/sign-up/email",
            "{\"name\":\"Walker\",\"email\":\"" + email + "\",\"password\":\"correct horse 1\"}");
    assertThat(signUp.statusCode()).as(signUp.body()).isEqualTo(200);
    assertThat(browser.post("/api/auth/sign-out", "{}").statusCode()).isEqualTo(200);
    var signIn =
        browser.post(
            "/api/auth/sign-in/email",
            "{\"email\":\"" + email + "\",\"password\":\"correct horse 1\"}");
    assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
    assertThat(json(browser.get("/api/auth/get-session")).get("user").get("email").asString())
        .isEqualTo(email);

    // list (empty), create as the original does (name, engine, data of four arrays)
    assertThat(json(browser.get("/api/projects")).size()).isZero();
    var created =
        browser.post(
            "/api/projects",
            "{\"name\":\"Blog\",\"engine\":\"PostgreSQL\",\"data\":"
                + "{\"tables\":[],\"groups\":[],\"notes\":[],\"relations\":[]}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var id = json(created).get("id").asString();
    assertThat(json(created).get("name").asString()).isEqualTo("Blog");
    assertThat(json(created).get("engine").asString()).isEqualTo("PostgreSQL");
    assertThat(json(browser.get("/api/projects")).findValuesAsString("id")).containsExactly(id);

    // open: the original reads data.tables/groups/notes/relations, createdAt, updatedAt
    var opened = json(browser.get("/api/projects/" + id));
    assertThat(opened.get("data").get("tables").isArray()).isTrue();
    assertThat(opened.get("createdAt").asString()).isNotBlank();

    // add two tables and save (the original PUTs name, engine and data, ignores the answer)
    var saved =
        browser.send(
            "PUT",
            "/api/projects/" + id,
            "{\"name\":\"Blog\",\"engine\":\"PostgreSQL\",\"data\":" + document("") + "}");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(json(saved).get("problems").size()).isZero();

    // draw a relation VARCHAR → SERIAL and save: stored, with its problem listed
    var withRelation =
        browser.send(
            "PUT",
            "/api/projects/" + id,
            "{\"name\":\"Blog\",\"engine\":\"PostgreSQL\",\"data\":"
                + document(
                    "{\"id\":\"r1\",\"sourceTableId\":\"t-posts\",\"sourceColumnId\":\"c-author\","
                        + "\"targetTableId\":\"t-users\",\"targetColumnId\":\"c-id\","
                        + "\"type\":\"1:N\",\"onDelete\":\"CASCADE\",\"onUpdate\":\"NO ACTION\","
                        + "\"sourceHandlePosition\":\"right\",\"targetHandlePosition\":\"left\"}")
                + "}");
    assertThat(withRelation.statusCode()).as(withRelation.body()).isEqualTo(200);
    var problems = json(withRelation).get("problems");
    assertThat(problems.findValuesAsString("path"))
        .anyMatch(p -> p.startsWith("data.relations[0]"));
    assertThat(problems.findValuesAsString("severity")).contains("error");

    // reload: the relation is still there
    var reloaded = json(browser.get("/api/projects/" + id));
    assertThat(reloaded.get("data").get("relations").size()).isEqualTo(1);
    assertThat(reloaded.get("data").get("relations").get(0).get("id").asString()).isEqualTo("r1");

    // making it real refuses, in the envelope the original's useAppError reads (top-level code)
    var sql = browser.get("/api/projects/" + id + "/sql");
    assertThat(sql.statusCode()).isEqualTo(422);
    assertThat(json(sql).get("code").asString()).isEqualTo("SCHEMA_INVALID");
    assertThat(json(sql).get("message").asString()).isNotBlank();

    // rename (the original PUTs the whole project again with the new name)
    var renamed =
        browser.send(
            "PUT",
            "/api/projects/" + id,
            "{\"name\":\"Blog 2\",\"engine\":\"PostgreSQL\",\"data\":"
                + reloaded.get("data").toString()
                + "}");
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(json(browser.get("/api/projects")).findValuesAsString("name"))
        .containsExactly("Blog 2");

    // profile and password change (Better Auth's update-user and change-password)
    assertThat(browser.post("/api/auth/update-user", "{\"name\":\"Walker Two\"}").statusCode())
        .isEqualTo(200);
    assertThat(json(browser.get("/api/auth/get-session")).get("user").get("name").asString())
        .isEqualTo("Walker Two");
    var changed =
        browser.post(
            "/api/auth/change-password",
            "{\"currentPassword\":\"correct horse 1\",\"newPassword\":\"correct horse 2\","
                + "\"revokeOtherSessions\":false}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

    // delete, then the list is empty and the project is gone
    assertThat(browser.send("DELETE", "/api/projects/" + id, null).statusCode()).isEqualTo(200);
    assertThat(json(browser.get("/api/projects")).size()).isZero();
    var gone = browser.get("/api/projects/" + id);
    assertThat(gone.statusCode()).isEqualTo(404);
    JsonNode goneBody = json(gone);
    assertThat(goneBody.get("code").asString()).isEqualTo("PROJECT_NOT_FOUND");

    // and the new password signs in
    browser.forgetCookies();
    assertThat(
            browser
                .post(
                    "/api/auth/sign-in/email",
                    "{\"email\":\"" + email + "\",\"password\":\"correct horse 2\"}")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void aCompositeForeignKeySavedAsTheOriginalSavesComesBackWholeAndExportsAsOneKey() {
    var browser = new Browser(server.port()).origin(BASE);
    var email = "pairs-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    assertThat(
            browser
                .post(
                    "/api/auth/sign-up/email",
                    "{\"name\":\"Pairs\",\"email\":\""
                        + email
                        + "\",\"password\":\"correct horse 1\"}")
                .statusCode())
        .isEqualTo(200);
    var relation =
        "{\"id\":\"r1\",\"sourceTableId\":\"t-city\",\"sourceColumnId\":\"c-rc\","
            + "\"targetTableId\":\"t-region\",\"targetColumnId\":\"c-code\","
            + "\"additionalColumns\":[{\"sourceColumnId\":\"c-rn\",\"targetColumnId\":\"c-n\","
            + "\"note\":\"kept\"}],\"type\":\"1:N\",\"onDelete\":\"CASCADE\"}";
    var data =
        "{\"tables\":["
            + "{\"id\":\"t-region\",\"name\":\"region\",\"columns\":["
            + "{\"id\":\"c-code\",\"name\":\"code\",\"type\":\"INTEGER\",\"primaryKey\":true,"
            + "\"nullable\":false,\"unique\":false},"
            + "{\"id\":\"c-n\",\"name\":\"n\",\"type\":\"INTEGER\",\"primaryKey\":true,"
            + "\"nullable\":false,\"unique\":false}]},"
            + "{\"id\":\"t-city\",\"name\":\"city\",\"columns\":["
            + "{\"id\":\"c-id\",\"name\":\"id\",\"type\":\"SERIAL\",\"primaryKey\":true,"
            + "\"nullable\":false,\"unique\":false},"
            + "{\"id\":\"c-rc\",\"name\":\"region_code\",\"type\":\"INTEGER\","
            + "\"primaryKey\":false,\"nullable\":true,\"unique\":false},"
            + "{\"id\":\"c-rn\",\"name\":\"region_n\",\"type\":\"INTEGER\","
            + "\"primaryKey\":false,\"nullable\":true,\"unique\":false}]}],"
            + "\"groups\":[],\"notes\":[],\"relations\":["
            + relation
            + "]}";
    var created =
        browser.post("/api/projects", "{\"name\":\"Pairs\",\"engine\":\"PostgreSQL\",\"data\":{}}");
    var id = json(created).get("id").asString();

    var saved =
        browser.send(
            "PUT",
            "/api/projects/" + id,
            "{\"name\":\"Pairs\",\"engine\":\"PostgreSQL\",\"data\":" + data + "}");

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(json(saved).get("problems").findValuesAsString("severity")).doesNotContain("error");
    var pairs =
        json(browser.get("/api/projects/" + id))
            .get("data")
            .get("relations")
            .get(0)
            .get("additionalColumns");
    assertThat(pairs.size()).isEqualTo(1);
    assertThat(pairs.get(0).get("sourceColumnId").asString()).isEqualTo("c-rn");
    assertThat(pairs.get(0).get("targetColumnId").asString()).isEqualTo("c-n");
    assertThat(pairs.get(0).get("note").asString()).as("a pair's unknown member").isEqualTo("kept");
    var sql = browser.get("/api/projects/" + id + "/sql");
    assertThat(sql.statusCode()).as(sql.body()).isEqualTo(200);
    assertThat(sql.body())
        .contains("FOREIGN KEY (\"region_code\", \"region_n\") REFERENCES \"region\"");
  }

  /** Two tables as the original's store holds them, with {@code relation} (JSON) or none. */
  private static String document(String relation) {
    return "{\"tables\":["
        + "{\"id\":\"t-users\",\"name\":\"users\",\"columns\":["
        + "{\"id\":\"c-id\",\"name\":\"id\",\"type\":\"SERIAL\",\"primaryKey\":true,"
        + "\"nullable\":false,\"unique\":true}],\"position\":{\"x\":40,\"y\":40}},"
        + "{\"id\":\"t-posts\",\"name\":\"posts\",\"columns\":["
        + "{\"id\":\"c-pid\",\"name\":\"id\",\"type\":\"SERIAL\",\"primaryKey\":true,"
        + "\"nullable\":false,\"unique\":true},"
        + "{\"id\":\"c-author\",\"name\":\"author\",\"type\":\"VARCHAR\",\"length\":80,"
        + "\"primaryKey\":false,\"nullable\":false,\"unique\":false}],"
        + "\"position\":{\"x\":400,\"y\":40}}],"
        + "\"groups\":[],\"notes\":[],\"relations\":["
        + relation
        + "]}";
  }
}
