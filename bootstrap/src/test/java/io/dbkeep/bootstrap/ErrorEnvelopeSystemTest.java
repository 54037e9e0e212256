package io.dbkeep.bootstrap;

import static io.dbkeep.bootstrap.Browser.json;

import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.OperationsConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.bootstrap.config.StudioMountConfig;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Every failing answer of every route family (projects, schema, auth, Studio, metrics, unknown
 * routes, Jetty's own refusals) is a JSON body with top-level {@code code} and {@code message} —
 * what clients written for the original front end and Better Auth read. Outside {@code /api/auth}
 * (Better Auth's own shape) the {@code error} object with the same code and message is beside them.
 */
class ErrorEnvelopeSystemTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static DbkeepServer server;
  private static String token;

  /** A request that must fail, and the status it fails with. */
  record Failing(String who, String method, String path, String body, int status) {}

  @BeforeAll
  static void boot() {
    var variables = new HashMap<String, String>();
    variables.put("DATABASE_URL", DATABASE.databaseUrl());
    variables.put("HOST", "127.0.0.1");
    variables.put("PORT", "0");
    variables.put("BASE_URL", "http://app.test");
    variables.put("DBKEEP_SECRET", "envelope-secret-envelope-secret-envelope");
    variables.put("RATE_LIMIT_MAX", "0");
    variables.put("STUDIO_ENABLED", "true");
    variables.put("METRICS_TOKEN", "metrics-token-0123456789");
    variables.put("MAX_REQUEST_SIZE", "65536");
    var env = new Environment(variables);
    var config = ServerConfig.from(env, null);
    server =
        DbkeepServer.start(
            config,
            OperationsConfig.from(env),
            IdentityConfig.from(env, 0),
            StudioMountConfig.from(env, config.database()),
            Clock.systemUTC());
    var response =
        new Browser(server.port())
            .post(
                "/api/auth/sign-up/email",
                "{\"name\":\"E\",\"email\":\"e-"
                    + UUID.randomUUID().toString().substring(0, 8)
                    + "@example.com\",\"password\":\"correct horse battery\"}");
    token = json(response).get("token").asString();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyFailingRouteAnswersTopLevelCodeAndMessageBesideTheErrorObject() {
    var missing = "/api/projects/" + UUID.randomUUID();
    var huge = "{\"name\":\"" + "x".repeat(70_000) + "\"}";
    var cases =
        List.of(
            new Failing("anonymous", "GET", "/api/projects", null, 401),
            new Failing("anonymous", "POST", "/api/projects", "{}", 401),
            new Failing("anonymous", "GET", missing, null, 401),
            new Failing("user", "GET", missing, null, 404),
            new Failing("user", "PUT", missing, "{\"name\":\"x\"}", 404),
            new Failing("user", "DELETE", missing, null, 404),
            new Failing("user", "POST", missing + "/duplicate", null, 404),
            new Failing("user", "GET", missing + "/sql", null, 404),
            new Failing("user", "GET", missing + "/export", null, 404),
            new Failing("user", "GET", "/api/projects/not-a-uuid", null, 404),
            new Failing("user", "POST", "/api/projects", "{not json", 400),
            new Failing("user", "POST", "/api/projects", "[]", 400),
            new Failing("user", "POST", "/api/projects", "{\"name\":\"\"}", 400),
            new Failing("user", "POST", "/api/projects", huge, 413),
            new Failing("user", "POST", "/api/projects/import", "{\"version\":1}", 422),
            new Failing("user", "POST", "/api/schema/validate", "{not json", 400),
            new Failing("user", "POST", "/api/schema/sql?engine=nope", "{}", 400),
            new Failing("user", "GET", "/api/nothing-here", null, 404),
            new Failing("user", "PATCH", "/api/projects", "{}", 404),
            new Failing("anonymous", "GET", "/studio/api/tables", null, 401),
            new Failing("user", "GET", "/studio/api/tables", null, 404),
            new Failing("anonymous", "GET", "/metrics", null, 401),
            new Failing("anonymous", "GET", "/%00", null, 400),
            new Failing("anonymous", "GET", "/api/auth/get-session-nope", null, 404),
            new Failing("anonymous", "POST", "/api/auth/sign-in/email", "{}", 400),
            new Failing(
                "anonymous",
                "POST",
                "/api/auth/sign-in/email",
                "{\"email\":\"nobody@example.com\",\"password\":\"wrong password!\"}",
                401),
            new Failing("anonymous", "POST", "/api/auth/change-password", "{}", 401));
    var soft = new SoftAssertions();
    for (var failing : cases) {
      var client = new Browser(server.port());
      if (failing.who().equals("user")) {
        client.bearer(token);
      }
      HttpResponse<String> response = client.send(failing.method(), failing.path(), failing.body());
      var what = failing.who() + " " + failing.method() + " " + failing.path();
      soft.assertThat(response.statusCode()).as(what).isEqualTo(failing.status());
      soft.assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .as(what + " content type")
          .startsWith("application/json");
      JsonNode body;
      try {
        body = json(response);
      } catch (RuntimeException notJson) {
        soft.fail(what + " answered no JSON: " + response.body());
        continue;
      }
      soft.assertThat(body.path("code").isString()).as(what + " top-level code").isTrue();
      soft.assertThat(body.path("message").isString()).as(what + " top-level message").isTrue();
      soft.assertThat(body.path("message").asString("")).as(what + " message").isNotBlank();
      if (!failing.path().startsWith("/api/auth/") || failing.status() == 404) {
        soft.assertThat(body.path("error").path("code").asString(""))
            .as(what + " error.code")
            .isEqualTo(body.path("code").asString(""));
        soft.assertThat(body.path("error").path("message").asString(""))
            .as(what + " error.message")
            .isEqualTo(body.path("message").asString(""));
      }
    }
    soft.assertAll();
  }
}
