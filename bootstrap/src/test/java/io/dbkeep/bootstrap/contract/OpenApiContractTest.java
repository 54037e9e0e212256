package io.dbkeep.bootstrap.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.in.web.HttpApi;
import io.dbkeep.bootstrap.DbkeepServer;
import io.dbkeep.testsupport.HttpTestClient;
import io.dbkeep.testsupport.OpenApiContract;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The OpenAPI document served at {@code /api/openapi.json} describes exactly the routes the server
 * registers (read from the running server's route table), names who may call each of them, and the
 * explorer at {@code /api/docs} loads every file from the server itself.
 */
class OpenApiContractTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  static final Set<String> ACCESS_LEVELS =
      Set.of("public", "caller", "owner", "session", "admin", "studio-admin", "metrics");

  private static DbkeepServer server;
  private static OpenApiContract served;

  @BeforeAll
  static void boot() {
    server = ContractServer.start(DATABASE, false);
    var response = new HttpTestClient(server.port()).get("/api/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    served = OpenApiContract.fromJson(response.body());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Differences between a route table and a document, one line each; empty when they agree. */
  static List<String> differences(Collection<HttpApi.Route> routes, OpenApiContract document) {
    var registered = new TreeSet<String>();
    routes.forEach(route -> registered.add(route.method() + " " + route.path()));
    var documented = document.operationKeys();
    var differences = new ArrayList<String>();
    registered.stream()
        .filter(route -> !documented.contains(route))
        .forEach(
            route ->
                differences.add(
                    "registered but not in web-adapter's openapi.yaml: "
                        + route
                        + " (add its operation with x-dbkeep-access; see docs/http-api.md)"));
    documented.stream()
        .filter(route -> !registered.contains(route))
        .forEach(route -> differences.add("documented but not registered: " + route));
    return differences;
  }

  @Test
  void everyRegisteredRouteIsDocumentedAndEveryDocumentedRouteIsRegistered() {
    assertThat(server.routes()).hasSizeGreaterThan(40);
    assertThat(differences(server.routes(), served)).isEmpty();
  }

  @Test
  void aPlantedRouteOrAMissingOneIsCaught() {
    var routes = new ArrayList<>(server.routes());
    routes.add(new HttpApi.Route("GET", "/api/planted"));
    routes.removeIf(route -> route.path().equals("/api/projects/{id}/duplicate"));
    assertThat(differences(routes, served))
        .containsExactly(
            "registered but not in web-adapter's openapi.yaml: GET /api/planted (add its"
                + " operation with x-dbkeep-access; see docs/http-api.md)",
            "documented but not registered: POST /api/projects/{id}/duplicate");
  }

  /** Routes that never reach DBKeep's database: static files, the document, liveness, metrics. */
  static final Set<String> DATABASE_FREE =
      Set.of(
          "GET /health/live",
          "GET /metrics",
          "GET /api/openapi.json",
          "GET /api/docs",
          "GET /api/docs/{file}",
          "GET /api/auth/error",
          "GET /api/auth/ok");

  /** Routes that wait for a turn of the document-parsing limit (web-adapter DocumentWorkLimit). */
  static final Set<String> SAVE_LIMITED =
      Set.of("POST /api/projects", "PUT /api/projects/{id}", "POST /api/projects/{id}/duplicate");

  /** Routes that take from a rate-limit bucket (web-adapter AuthRequests.limit). */
  static final Set<String> RATE_LIMITED =
      Set.of(
          "POST /api/auth/sign-up/email",
          "POST /api/auth/sign-in/email",
          "POST /api/auth/request-password-reset",
          "POST /api/auth/forget-password",
          "POST /api/auth/reset-password",
          "POST /api/auth/change-password",
          "POST /api/auth/send-verification-email");

  /**
   * The failures an operation can answer but does not document, one line each: 413 on every
   * operation with a body, 503 on every route that reaches the database (naming SERVER_BUSY on the
   * save-limited ones), 429 on the rate-limited ones.
   */
  static List<String> undocumentedFailures(tools.jackson.databind.JsonNode root) {
    var missing = new ArrayList<String>();
    var paths = root.get("paths");
    for (var path : paths.propertyNames()) {
      for (var method : paths.get(path).propertyNames()) {
        var operation = paths.get(path).get(method);
        if (!operation.has("responses")) {
          continue;
        }
        var key = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        var responses = operation.get("responses");
        var web =
            !path.startsWith("/api/") && !path.startsWith("/studio") && !path.equals("/metrics");
        if (operation.has("requestBody") && !responses.has("413")) {
          missing.add(key + ": has a request body but no 413");
        }
        if (!web && !DATABASE_FREE.contains(key) && !responses.has("503")) {
          missing.add(key + ": reaches the database but documents no 503");
        }
        if (SAVE_LIMITED.contains(key)
            && !responses.path("503").toString().contains("BusyOrUnavailable")) {
          missing.add(key + ": waits for the save limit but its 503 does not name SERVER_BUSY");
        }
        if (RATE_LIMITED.contains(key) && !responses.has("429")) {
          missing.add(key + ": is rate-limited but documents no 429");
        }
      }
    }
    return missing;
  }

  @Test
  void everyRouteDocumentsTheFailuresItCanAnswer() {
    assertThat(undocumentedFailures(served.root())).isEmpty();
    var busy = served.root().at("/components/responses/BusyOrUnavailable/description").asString();
    assertThat(busy).contains("SERVER_BUSY").contains("DATABASE_UNAVAILABLE");
  }

  @Test
  void aMissingFailureResponseIsCaught() {
    var broken = (tools.jackson.databind.node.ObjectNode) served.root().deepCopy();
    ((tools.jackson.databind.node.ObjectNode)
            broken.at("/paths/~1api~1projects~1{id}/put/responses"))
        .remove(List.of("413", "503"));
    ((tools.jackson.databind.node.ObjectNode)
            broken.at("/paths/~1api~1auth~1reset-password/post/responses"))
        .remove("429");
    ((tools.jackson.databind.node.ObjectNode)
            broken.at("/paths/~1api~1auth~1get-session/get/responses"))
        .remove("503");
    ((tools.jackson.databind.node.ObjectNode)
            broken.at("/paths/~1api~1projects~1{id}~1duplicate/post/responses"))
        .put("503", "{$ref: '#/components/responses/Unavailable'}");
    assertThat(undocumentedFailures(broken))
        .containsExactlyInAnyOrder(
            "PUT /api/projects/{id}: has a request body but no 413",
            "PUT /api/projects/{id}: reaches the database but documents no 503",
            "PUT /api/projects/{id}: waits for the save limit but its 503 does not name SERVER_BUSY",
            "POST /api/auth/reset-password: is rate-limited but documents no 429",
            "GET /api/auth/get-session: reaches the database but documents no 503",
            "POST /api/projects/{id}/duplicate: waits for the save limit but its 503 does not name"
                + " SERVER_BUSY");
  }

  @Test
  void theServedDocumentIsTheBundledOneAndEveryOperationNamesItsAccessAndSuccess() {
    assertThat(served.root().get("openapi").asString()).isEqualTo("3.1.0");
    assertThat(served.operationKeys())
        .isEqualTo(OpenApiContract.onClasspath().orElseThrow().operationKeys());
    for (var operation : served.operations()) {
      assertThat(operation.access())
          .as("x-dbkeep-access of " + operation.method() + " " + operation.path())
          .isIn(ACCESS_LEVELS);
      var responses =
          served
              .root()
              .get("paths")
              .get(operation.path())
              .get(operation.method().toLowerCase())
              .get("responses");
      assertThat(responses.propertyNames())
          .as("responses of " + operation.method() + " " + operation.path())
          .anyMatch(status -> status.startsWith("2") || status.startsWith("3"));
    }
  }

  @Test
  void aResponseThatBreaksTheDocumentIsCaught() {
    var project =
        "{\"id\":\"6f1c0000-0000-4000-8000-000000000000\",\"name\":\"Blog\","
            + "\"engine\":\"PostgreSQL\",\"data\":{},\"userId\":\"u\",\"ownerId\":\"u\","
            + "\"ownerType\":\"user\",\"createdAt\":\"2026-11-25T12:58:40.502Z\","
            + "\"updatedAt\":\"2026-11-25T12:58:40.502Z\",\"version\":1}";
    var json = "application/json";
    assertThat(served.violations("GET", "/api/projects/x", 200, json, project)).isEmpty();
    assertThat(
            served.violations(
                "GET", "/api/projects/x", 200, json, project.replace(",\"version\":1", "")))
        .singleElement()
        .asString()
        .contains("version");
    assertThat(
            served.violations(
                "GET", "/api/projects/x", 200, json, project.replace("PostgreSQL", "Oracle")))
        .isNotEmpty();
    assertThat(served.violations("POST", "/api/auth/sign-out", 418, json, "{}"))
        .singleElement()
        .asString()
        .contains("status not documented");
    assertThat(served.violations("GET", "/api/projects/x", 200, "text/plain", "hello"))
        .singleElement()
        .asString()
        .contains("content type text/plain not documented");
    assertThat(
            served.violations(
                "GET", "/api/projects", 500, json, "{\"error\":{\"code\":\"INTERNAL_ERROR\"}}"))
        .isNotEmpty();
  }

  @Test
  void theExplorerLoadsEveryFileFromTheServerItself() {
    var http = new HttpTestClient(server.port());
    var page = http.get("/api/docs");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'");
    var references = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
    var files = new ArrayList<String>();
    while (references.find()) {
      files.add(references.group(1));
    }
    assertThat(files)
        .hasSizeGreaterThanOrEqualTo(4)
        .allMatch(file -> file.startsWith("/api/docs/"));
    for (var file : files) {
      var asset = http.get(file);
      assertThat(asset.statusCode()).as(file).isEqualTo(200);
      assertThat(asset.body()).as(file).isNotEmpty();
    }
    var init = http.get("/api/docs/dbkeep-explorer.js").body();
    assertThat(init).contains("\"/api/openapi.json\"").contains("validatorUrl: null");
    assertThat(http.get("/api/docs/..%2Fpom.properties").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/docs/index.html").statusCode()).isEqualTo(404);
  }
}
