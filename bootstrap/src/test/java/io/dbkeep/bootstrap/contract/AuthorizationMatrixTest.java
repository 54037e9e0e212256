package io.dbkeep.bootstrap.contract;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.in.web.HttpApi;
import io.dbkeep.bootstrap.DbkeepServer;
import io.dbkeep.bootstrap.contract.AuthorizationMatrix.Caller;
import io.dbkeep.testsupport.HttpTestClient;
import io.dbkeep.testsupport.OpenApiContract;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drives every cell of the authorization matrix (every registered route × anonymous, guest, user,
 * other user, admin, banned) against real servers on one database — one with guest mode off, one
 * with it on — and checks what each caller gets. A route without a row here (a sample request)
 * fails the build, and docs/authorization.md must be the matrix as generated.
 */
class AuthorizationMatrixTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static final String PASSWORD = "correct horse battery";
  private static final AtomicInteger SEQUENCE = new AtomicInteger(1000);

  private static DbkeepServer guestOff;
  private static DbkeepServer guestOn;
  private static OpenApiContract document;
  private static final Map<Caller, String> TOKENS = new LinkedHashMap<>();
  private static final Map<Caller, String> IDS = new LinkedHashMap<>();
  private static String victimId;
  private static String studioAsset;
  private static String designerAsset;

  /**
   * How to call a route in the matrix: its concrete path and body for a cell, whether the cell
   * needs a session of its own (the route ends sessions), and the status a let-in caller gets when
   * the sample cannot succeed (a secret the test does not have); null: 2xx or 3xx.
   */
  record Sample(
      Function<Cell, String> path,
      Function<Cell, String> body,
      boolean ownSession,
      Integer okStatus,
      List<String> headers) {
    static Sample of(String path) {
      return new Sample(cell -> path, cell -> null, false, null, List.of());
    }

    static Sample of(String path, String body) {
      return new Sample(cell -> path, cell -> body, false, null, List.of());
    }

    static Sample of(Function<Cell, String> path, Function<Cell, String> body) {
      return new Sample(path, body, false, null, List.of());
    }

    Sample withOwnSession() {
      return new Sample(path, body, true, okStatus, headers);
    }

    Sample letInGets(int status) {
      return new Sample(path, body, ownSession, status, headers);
    }

    /** Request headers every cell sends (name, value, …). */
    Sample withHeaders(String... namesAndValues) {
      return new Sample(path, body, ownSession, okStatus, List.of(namesAndValues));
    }
  }

  /** What one cell's request may use: a fresh project of the user, a fresh number. */
  record Cell(Caller caller, String projectId, int number) {}

  private static final String DOCUMENT =
      "{\"tables\":[{\"id\":\"t1\",\"name\":\"notes\",\"columns\":[{\"id\":\"c1\",\"name\":\"id\","
          + "\"type\":\"INTEGER\",\"primaryKey\":true,\"nullable\":false,\"unique\":false}]}],"
          + "\"relations\":[],\"groups\":[],\"notes\":[]}";
  private static final String ENVELOPE =
      "{\"version\":\"1.0\",\"exportedAt\":\"2026-11-25T00:00:00.000Z\",\"project\":"
          + "{\"name\":\"Imported\",\"engine\":\"PostgreSQL\",\"tables\":[],"
          + "\"groups\":[],\"notes\":[],\"relations\":[]}}";
  private static final String TABLE = "/studio/api/schemas/public/tables/matrix_rows";

  /** The rows: one sample request per route. A new route needs one here. */
  static final Map<String, Sample> SAMPLES = new LinkedHashMap<>();

  static {
    Function<Cell, String> project = cell -> "/api/projects/" + cell.projectId();
    sample("GET /api/projects", Sample.of("/api/projects"));
    sample("POST /api/projects", Sample.of("/api/projects", "{\"name\":\"Mine\"}"));
    sample("POST /api/projects/import", Sample.of("/api/projects/import", ENVELOPE));
    sample("GET /api/projects/{id}", Sample.of(project, cell -> null));
    sample("PUT /api/projects/{id}", Sample.of(project, cell -> "{\"name\":\"Renamed\"}"));
    sample("DELETE /api/projects/{id}", Sample.of(project, cell -> null));
    sample(
        "POST /api/projects/{id}/duplicate",
        Sample.of(project.andThen(p -> p + "/duplicate"), c -> null));
    sample(
        "GET /api/projects/{id}/versions",
        Sample.of(project.andThen(p -> p + "/versions?limit=5"), c -> null));
    sample(
        "GET /api/projects/{id}/versions/{number}",
        Sample.of(project.andThen(p -> p + "/versions/1"), c -> null));
    sample(
        "PATCH /api/projects/{id}/versions/{number}",
        Sample.of(project.andThen(p -> p + "/versions/1"), c -> "{\"label\":\"v1\"}"));
    sample(
        "POST /api/projects/{id}/versions/{number}/restore",
        Sample.of(project.andThen(p -> p + "/versions/1/restore"), c -> null)
            .withHeaders("If-Match", "\"1\""));
    sample(
        "GET /api/projects/{id}/migration",
        Sample.of(project.andThen(p -> p + "/migration?from=1&to=1"), c -> null));
    sample("GET /api/projects/{id}/sql", Sample.of(project.andThen(p -> p + "/sql"), c -> null));
    sample(
        "GET /api/projects/{id}/export", Sample.of(project.andThen(p -> p + "/export"), c -> null));
    sample("POST /api/schema/validate", Sample.of("/api/schema/validate", DOCUMENT));
    sample("POST /api/schema/sql", Sample.of("/api/schema/sql?engine=sqlite", DOCUMENT));
    sample("POST /api/schema/export", Sample.of("/api/schema/export?to=svg", DOCUMENT));
    sample(
        "POST /api/schema/import",
        Sample.of("/api/schema/import?from=sqlite", "CREATE TABLE t (id INTEGER PRIMARY KEY);"));
    sample(
        "POST /api/schema/diff",
        Sample.of(
            "/api/schema/diff?engine=postgresql",
            "{\"from\":" + DOCUMENT + ",\"to\":" + DOCUMENT.replace("notes", "memos") + "}"));
    sample("GET /health/live", Sample.of("/health/live"));
    sample("GET /health/ready", Sample.of("/health/ready"));
    sample("GET /metrics", Sample.of("/metrics"));
    sample("GET /api/openapi.json", Sample.of("/api/openapi.json"));
    sample("GET /api/docs", Sample.of("/api/docs"));
    sample("GET /api/docs/{file}", Sample.of("/api/docs/swagger-ui.css"));
    sample(
        "POST /api/auth/sign-up/email",
        Sample.of(
            cell -> "/api/auth/sign-up/email",
            cell ->
                "{\"name\":\"New\",\"email\":\"new-"
                    + cell.number()
                    + "@example.com\",\"password\":\""
                    + PASSWORD
                    + "\"}"));
    sample(
        "POST /api/auth/sign-in/email",
        Sample.of(
            "/api/auth/sign-in/email",
            "{\"email\":\"signin@example.com\",\"password\":\"" + PASSWORD + "\"}"));
    sample("POST /api/auth/sign-out", Sample.of("/api/auth/sign-out", "{}").withOwnSession());
    sample("GET /api/auth/get-session", Sample.of("/api/auth/get-session"));
    var reset = "{\"email\":\"signin@example.com\",\"redirectTo\":\"/reset\"}";
    sample(
        "POST /api/auth/request-password-reset",
        Sample.of("/api/auth/request-password-reset", reset));
    sample("POST /api/auth/forget-password", Sample.of("/api/auth/forget-password", reset));
    sample(
        "GET /api/auth/reset-password/{token}",
        Sample.of("/api/auth/reset-password/not-a-token?callbackURL=/reset"));
    sample(
        "POST /api/auth/reset-password",
        Sample.of(
                "/api/auth/reset-password",
                "{\"token\":\"not-a-token\",\"newPassword\":\"" + PASSWORD + "\"}")
            .letInGets(400));
    sample(
        "GET /api/auth/verify-email",
        Sample.of("/api/auth/verify-email?token=not-a-token&callbackURL=/welcome"));
    sample(
        "POST /api/auth/send-verification-email",
        Sample.of("/api/auth/send-verification-email", "{\"email\":\"signin@example.com\"}"));
    sample(
        "POST /api/auth/update-user", Sample.of("/api/auth/update-user", "{\"name\":\"Renamed\"}"));
    sample(
        "POST /api/auth/change-password",
        Sample.of(
                "/api/auth/change-password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + PASSWORD + "\"}")
            .withOwnSession());
    sample("GET /api/auth/list-sessions", Sample.of("/api/auth/list-sessions"));
    sample(
        "POST /api/auth/revoke-session",
        Sample.of("/api/auth/revoke-session", "{\"token\":\"no-such-session\"}").letInGets(400));
    sample(
        "POST /api/auth/revoke-other-sessions",
        Sample.of("/api/auth/revoke-other-sessions", "{}").withOwnSession());
    sample(
        "POST /api/auth/revoke-sessions",
        Sample.of("/api/auth/revoke-sessions", "{}").withOwnSession());
    sample(
        "POST /api/auth/sign-in/social",
        Sample.of("/api/auth/sign-in/social", "{\"provider\":\"github\"}").letInGets(404));
    sample(
        "GET /api/auth/callback/{provider}", Sample.of("/api/auth/callback/github?code=x&state=y"));
    sample("POST /api/auth/callback/{provider}", Sample.of("/api/auth/callback/github", "{}"));
    sample("GET /api/auth/error", Sample.of("/api/auth/error?error=state_mismatch").letInGets(400));
    sample("GET /api/auth/ok", Sample.of("/api/auth/ok"));
    sample("GET /api/auth/admin/list-users", Sample.of("/api/auth/admin/list-users?limit=5"));
    Function<Cell, String> victim = cell -> "{\"userId\":\"" + victimId + "\"}";
    sample(
        "POST /api/auth/admin/set-role",
        Sample.of(
            c -> "/api/auth/admin/set-role",
            c -> "{\"userId\":\"" + victimId + "\",\"role\":\"user\"}"));
    sample("POST /api/auth/admin/ban-user", Sample.of(c -> "/api/auth/admin/ban-user", victim));
    sample("POST /api/auth/admin/unban-user", Sample.of(c -> "/api/auth/admin/unban-user", victim));
    sample(
        "POST /api/auth/admin/list-user-sessions",
        Sample.of(c -> "/api/auth/admin/list-user-sessions", victim));
    sample(
        "POST /api/auth/admin/revoke-user-sessions",
        Sample.of(c -> "/api/auth/admin/revoke-user-sessions", victim));
    sample(
        "POST /api/auth/admin/remove-user",
        Sample.of(
            c -> "/api/auth/admin/remove-user",
            c -> "{\"userId\":\"" + signUp("removable-" + c.number())[1] + "\"}"));
    for (var page :
        List.of(
            "/",
            "/sign-in",
            "/sign-up",
            "/sign-out",
            "/forgot-password",
            "/reset-password",
            "/projects")) {
      sample("GET " + page, Sample.of(page));
    }
    sample("GET /projects/{id}", Sample.of(c -> "/projects/" + c.projectId(), c -> null));
    sample("GET /assets/{file}", Sample.of(c -> "/assets/" + designerAsset, c -> null));
    sample("GET /studio", Sample.of("/studio"));
    sample("GET /studio/assets/{file}", Sample.of(c -> "/studio/assets/" + studioAsset, c -> null));
    sample("GET /studio/api/overview", Sample.of("/studio/api/overview"));
    sample("GET /studio/api/tables", Sample.of("/studio/api/tables"));
    sample("GET /studio/api/schemas/{schema}/tables/{table}", Sample.of(TABLE));
    sample("GET /studio/api/schemas/{schema}/tables/{table}/count", Sample.of(TABLE + "/count"));
    sample(
        "GET /studio/api/schemas/{schema}/tables/{table}/rows", Sample.of(TABLE + "/rows?limit=5"));
    sample(
        "POST /studio/api/schemas/{schema}/tables/{table}/rows",
        Sample.of(
            c -> TABLE + "/rows",
            c -> "{\"values\":{\"id\":" + c.number() + ",\"name\":\"new\"}}"));
    sample(
        "PATCH /studio/api/schemas/{schema}/tables/{table}/rows",
        Sample.of(TABLE + "/rows", "{\"key\":{\"id\":1},\"set\":{\"name\":\"changed\"}}"));
    sample(
        "DELETE /studio/api/schemas/{schema}/tables/{table}/rows",
        Sample.of(
            c -> TABLE + "/rows", c -> "{\"keys\":[{\"id\":" + insertRow(c.number()) + "}]}"));
    sample("POST /studio/api/sql", Sample.of("/studio/api/sql", "{\"sql\":\"select 1\"}"));
    sample(
        "POST /studio/api/sql/cancel", Sample.of("/studio/api/sql/cancel", "{\"id\":\"nothing\"}"));
    sample("GET /studio/api/introspect", Sample.of("/studio/api/introspect?schema=public"));
  }

  private static void sample(String route, Sample sample) {
    if (SAMPLES.put(route, sample) != null) {
      throw new IllegalStateException("two samples for " + route);
    }
  }

  @BeforeAll
  static void boot() throws SQLException, java.io.IOException {
    guestOff = ContractServer.start(DATABASE, false);
    guestOn = ContractServer.start(DATABASE, true);
    document =
        OpenApiContract.fromJson(
            new HttpTestClient(guestOff.port()).get("/api/openapi.json").body());
    signUp("signin");
    victimId = signUp("victim")[1];
    for (var caller : List.of(Caller.USER, Caller.OTHER_USER, Caller.ADMIN, Caller.BANNED)) {
      var account = account(caller, caller.name().toLowerCase().replace('_', '-'));
      TOKENS.put(caller, account[0]);
      IDS.put(caller, account[1]);
    }
    try (var connection = DATABASE.connect()) {
      connection.setAutoCommit(true);
      connection
          .createStatement()
          .execute("create table matrix_rows (id integer primary key, name text not null)");
      connection.createStatement().execute("insert into matrix_rows values (1, 'first')");
    }
    var index =
        new String(
            AuthorizationMatrixTest.class
                .getClassLoader()
                .getResourceAsStream("dbkeep-web-ui/index.html")
                .readAllBytes(),
            StandardCharsets.UTF_8);
    var asset = Pattern.compile("/assets/([A-Za-z0-9._-]+)").matcher(index);
    assertThat(asset.find()).as("an asset in the built Studio page").isTrue();
    studioAsset = asset.group(1);
    var designer =
        new String(
            AuthorizationMatrixTest.class
                .getClassLoader()
                .getResourceAsStream("dbkeep-web-ui/designer/designer.html")
                .readAllBytes(),
            StandardCharsets.UTF_8);
    var script = Pattern.compile("/assets/([A-Za-z0-9._-]+)").matcher(designer);
    assertThat(script.find()).as("an asset in the built designer page").isTrue();
    designerAsset = script.group(1);
  }

  @AfterAll
  static void stop() {
    guestOff.close();
    guestOn.close();
  }

  @Test
  void withGuestModeOnABearerThatIsNoSessionIsRefusedNotServedAsTheGuest() {
    var client = new HttpTestClient(guestOn.port());
    assertThat(client.get("/api/projects").statusCode()).isEqualTo(200);
    var expired = signUp("bearer-gone");
    var signOut = client.post("/api/auth/sign-out", "{}", "Authorization", "Bearer " + expired[0]);
    assertThat(signOut.statusCode()).as(signOut.body()).isEqualTo(200);
    for (var bearer :
        List.of(
            "Bearer " + expired[0],
            "Bearer not-a-session-token-at-all",
            "Bearer a.b",
            "bearer .",
            "Bearer " + "x".repeat(5000))) {
      var response = client.get("/api/projects", "Authorization", bearer);
      assertThat(response.statusCode()).as(bearer).isEqualTo(401);
      assertThat(json(response).get("code").asString()).isEqualTo("UNAUTHORIZED");
    }
    var live = signUp("bearer-live");
    assertThat(client.get("/api/projects", "Authorization", "Bearer " + live[0]).statusCode())
        .isEqualTo(200);
  }

  /** Signs up {@code name@example.com}; returns its token and id. */
  static String[] signUp(String name) {
    var response =
        new HttpTestClient(guestOff.port())
            .post(
                "/api/auth/sign-up/email",
                "{\"name\":\""
                    + name
                    + "\",\"email\":\""
                    + name
                    + "@example.com\",\"password\":\""
                    + PASSWORD
                    + "\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var body = json(response);
    return new String[] {body.get("token").asString(), body.get("user").get("id").asString()};
  }

  /** A new account of the given kind (admins and bans are set in the database). */
  private static String[] account(Caller caller, String name) {
    var account = signUp(name);
    var update =
        switch (caller) {
          case ADMIN -> "update \"user\" set role = 'admin' where id = ?";
          case BANNED -> "update \"user\" set banned = true, ban_reason = 'matrix' where id = ?";
          default -> null;
        };
    if (update != null) {
      try (var connection = DATABASE.connect()) {
        connection.setAutoCommit(true);
        try (var statement = connection.prepareStatement(update)) {
          statement.setString(1, account[1]);
          statement.executeUpdate();
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return account;
  }

  private static int insertRow(int id) {
    try (var connection = DATABASE.connect()) {
      connection.setAutoCommit(true);
      connection.createStatement().execute("insert into matrix_rows values (" + id + ", 'gone')");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }

  private static String newProject() {
    var response =
        new HttpTestClient(guestOff.port())
            .post(
                "/api/projects",
                "{\"name\":\"Owned\"}",
                "Authorization",
                "Bearer " + TOKENS.get(Caller.USER));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).get("id").asString();
  }

  /** Routes of a table that lack a row here, one line each. */
  static List<String> missingRows(Collection<HttpApi.Route> routes, Map<String, Sample> samples) {
    var missing = new TreeSet<String>();
    routes.forEach(route -> missing.add(route.method() + " " + route.path()));
    missing.removeAll(samples.keySet());
    return missing.stream()
        .map(route -> route + " has no row in AuthorizationMatrixTest.SAMPLES")
        .toList();
  }

  @Test
  void everyRegisteredRouteHasARowAndEveryRowARoute() {
    assertThat(missingRows(guestOff.routes(), SAMPLES)).isEmpty();
    var registered = new TreeSet<String>();
    guestOff.routes().forEach(route -> registered.add(route.method() + " " + route.path()));
    assertThat(registered).containsAll(SAMPLES.keySet());
    assertThat(AuthorizationMatrix.rows(document)).hasSize(registered.size());
  }

  @Test
  void aPlantedRouteWithoutARowIsCaught() {
    var routes = new ArrayList<>(guestOff.routes());
    routes.add(new HttpApi.Route("POST", "/api/planted/{id}"));
    assertThat(missingRows(routes, SAMPLES))
        .containsExactly("POST /api/planted/{id} has no row in AuthorizationMatrixTest.SAMPLES");
  }

  @Test
  void everyCallerGetsWhatTheMatrixSaysOnEveryRoute() {
    var failures = new ArrayList<String>();
    var cells = 0;
    for (var row : AuthorizationMatrix.rows(document)) {
      var sample = SAMPLES.get(row.key());
      assertThat(sample).as("a sample for " + row.key()).isNotNull();
      for (var caller : Caller.values()) {
        var cell = new Cell(caller, newProjectIfNeeded(row), SEQUENCE.incrementAndGet());
        HttpResponse<String> response;
        try {
          response = call(row, sample, cell);
        } catch (AssertionError contract) {
          failures.add(row.key() + " as " + caller.label + ": " + contract.getMessage());
          continue;
        }
        cells++;
        var expected = row.expected().get(caller);
        var status = response.statusCode();
        var got = status < 400 ? AuthorizationMatrix.OK : String.valueOf(status);
        var ok =
            expected.equals(AuthorizationMatrix.OK) && sample.okStatus() != null
                ? status == sample.okStatus()
                : got.equals(expected);
        if (!ok || status >= 500) {
          failures.add(
              row.key()
                  + " as "
                  + caller.label
                  + ": expected "
                  + (expected.equals(AuthorizationMatrix.OK) && sample.okStatus() != null
                      ? "let in (" + sample.okStatus() + ")"
                      : expected)
                  + ", got "
                  + status
                  + " "
                  + abbreviate(response.body()));
        }
      }
    }
    assertThat(failures).as("cells that disagree with the matrix").isEmpty();
    assertThat(cells)
        .isEqualTo(AuthorizationMatrix.rows(document).size() * Caller.values().length)
        .isGreaterThan(300);
  }

  @Test
  void docsAuthorizationMdIsTheGeneratedMatrix() throws Exception {
    var file = Path.of(System.getProperty("dbkeep.docs", "../docs")).resolve("authorization.md");
    var generated = AuthorizationMatrix.markdown(document);
    if (Boolean.getBoolean("dbkeep.writeDocs")) {
      Files.writeString(file, generated);
    }
    assertThat(Files.exists(file)).as(file + " exists").isTrue();
    assertThat(Files.readString(file))
        .as("docs/authorization.md is current (regenerate it with -Ddbkeep.writeDocs=true)")
        .isEqualTo(generated);
  }

  private static String newProjectIfNeeded(AuthorizationMatrix.Row row) {
    return row.path().startsWith("/api/projects/{id}")
        ? newProject()
        : UUID.randomUUID().toString();
  }

  private static HttpResponse<String> call(AuthorizationMatrix.Row row, Sample sample, Cell cell) {
    var caller = cell.caller();
    var server = caller == Caller.GUEST ? guestOn : guestOff;
    var token =
        switch (caller) {
          case ANONYMOUS, GUEST -> null;
          default ->
              sample.ownSession() ? account(caller, "own-" + cell.number())[0] : TOKENS.get(caller);
        };
    var headers = new ArrayList<>(sample.headers());
    if (token != null) {
      headers.add("Authorization");
      headers.add("Bearer " + token);
    }
    return new HttpTestClient(server.port())
        .send(
            row.method(),
            sample.path().apply(cell),
            sample.body().apply(cell),
            headers.toArray(String[]::new));
  }

  private static String abbreviate(String body) {
    return body == null || body.length() < 200 ? body : body.substring(0, 200) + "…";
  }
}
