package io.dbkeep.bootstrap.contract;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.DbkeepServer;
import io.dbkeep.testsupport.HttpTestClient;
import io.dbkeep.testsupport.JsonFuzz;
import io.dbkeep.testsupport.OpenApiContract;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Fuzzing over HTTP: every documented route that takes a JSON body gets hostile variants of the
 * corpus in {@code src/test/resources/fuzz/bodies} and of bodies built from its own schema, as an
 * administrator (who passes every authorization check, so the input reaches the code behind it) and
 * anonymously on a guest-mode server; the Studio's row query (filter, sort, cursor, limit) gets
 * hostile query strings. No answer may be a 5xx, and every answer must match the OpenAPI document.
 * The seed is fixed so CI sends the same requests ({@code -Ddbkeep.fuzz.seed}, {@code
 * -Ddbkeep.fuzz.rounds} for a longer campaign).
 */
class JsonBodyFuzzTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static final long SEED = Long.getLong("dbkeep.fuzz.seed", 20261206L);
  private static final int ROUNDS = Integer.getInteger("dbkeep.fuzz.rounds", 8);

  /** Routes an administrator's fuzzed call would end the fuzzer's own session. */
  private static final Set<String> ENDS_OWN_SESSION =
      Set.of(
          "POST /api/auth/sign-out",
          "POST /api/auth/revoke-sessions",
          "POST /api/auth/revoke-other-sessions",
          "POST /api/auth/change-password");

  private static DbkeepServer guestOff;
  private static DbkeepServer guestOn;
  private static OpenApiContract document;
  private static String adminToken;
  private static String projectId;

  @BeforeAll
  static void boot() throws SQLException {
    guestOff = ContractServer.start(DATABASE, false);
    guestOn = ContractServer.start(DATABASE, true);
    document = OpenApiContract.onClasspath().orElseThrow();
    var http = new HttpTestClient(guestOff.port());
    var signUp =
        http.post(
            "/api/auth/sign-up/email",
            "{\"name\":\"Fuzz\",\"email\":\"fuzz@example.com\",\"password\":\"correct horse"
                + " battery\"}");
    adminToken = json(signUp).get("token").asString();
    try (var connection = DATABASE.connect()) {
      connection.setAutoCommit(true);
      connection
          .createStatement()
          .execute("update \"user\" set role = 'admin' where email = 'fuzz@example.com'");
      connection
          .createStatement()
          .execute(
              "create table fuzz_rows (id integer primary key, name text, amount numeric(10,2),"
                  + " at timestamptz, flag boolean)");
      connection
          .createStatement()
          .execute("insert into fuzz_rows values (1, 'one', 1.50, now(), true)");
    }
    projectId =
        json(http.post(
                "/api/projects", "{\"name\":\"Fuzzed\"}", "Authorization", "Bearer " + adminToken))
            .get("id")
            .asString();
  }

  @AfterAll
  static void stop() {
    guestOff.close();
    guestOn.close();
  }

  @Test
  void noJsonBodyMakesAnyRouteAnswer5xxOrBreakTheDocument() {
    var random = new Random(SEED);
    var seeds = JsonFuzz.corpus(Path.of("src/test/resources/fuzz/bodies"));
    var failures = new ArrayList<String>();
    var sent = 0;
    for (var operation : document.operations()) {
      var requestBody =
          document
              .root()
              .get("paths")
              .get(operation.path())
              .get(operation.method().toLowerCase())
              .path("requestBody");
      if (requestBody.isMissingNode()) {
        continue;
      }
      var key = operation.method() + " " + operation.path();
      var path = concrete(operation.path());
      var own = fromSchema(requestBody, random);
      for (int round = 0; round < ROUNDS; round++) {
        var seed = round % 2 == 0 ? own : seeds.get(random.nextInt(seeds.size()));
        var body = JsonFuzz.mutate(seed, random, 4);
        if (!ENDS_OWN_SESSION.contains(key)) {
          failures.addAll(send(guestOff, operation.method(), path, body, adminToken));
        }
        failures.addAll(send(guestOn, operation.method(), path, body, null));
        sent += 2;
      }
    }
    assertThat(failures).as("5xx answers or answers that break the document").isEmpty();
    assertThat(sent).isGreaterThan(150);
  }

  /** Found by this fuzzer (seed 99): NUL in an identity string reached PostgreSQL and gave 500. */
  @Test
  void aNulInAnIdentityStringIsRefusedNotA500() {
    var http = new HttpTestClient(guestOff.port());
    var bearer = new String[] {"Authorization", "Bearer " + adminToken};
    assertThat(
            http.post("/api/auth/update-user", "{\"name\":\"x\",\"image\":\"\\u0000\"}", bearer)
                .statusCode())
        .isEqualTo(400);
    assertThat(
            http.post("/api/auth/admin/remove-user", "{\"userId\":\"a\\u0000\"}", bearer)
                .statusCode())
        .isEqualTo(400);
    assertThat(
            http.post(
                    "/api/auth/sign-up/email",
                    "{\"name\":\"a\\u0000\",\"email\":\"nul@example.com\",\"password\":\"correct"
                        + " horse battery\"}")
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void noStudioRowQueryAnswers5xx() {
    var random = new Random(SEED + 1);
    var values =
        List.of(
            "1",
            "-1",
            "0",
            "1.5",
            "1e3",
            "1e400",
            "9223372036854775808",
            "abc",
            "'",
            "\"",
            "%",
            "\\",
            "null",
            "[1,2]",
            "[\"a\",",
            "true",
            "2026-12-06",
            "2026-13-45T99:00:00Z",
            "",
            "id:eq",
            "::",
            "\u0000",
            "😀",
            "a".repeat(3000));
    var columns = List.of("id", "name", "amount", "at", "flag", "nope", "", "id\"", "na;me");
    var operators =
        List.of(
            "eq",
            "ne",
            "lt",
            "lte",
            "gt",
            "gte",
            "contains",
            "startswith",
            "null",
            "notnull",
            "in",
            "like",
            "");
    var failures = new ArrayList<String>();
    for (int round = 0; round < ROUNDS * 8; round++) {
      var query =
          new StringBuilder("?limit=")
              .append(pick(random, List.of("1", "50", "500", "501", "0", "-1", "x", "1e2")));
      for (int i = random.nextInt(3); i > 0; i--) {
        query
            .append("&filter=")
            .append(
                encode(
                    pick(random, columns)
                        + ":"
                        + pick(random, operators)
                        + ":"
                        + pick(random, values)));
      }
      if (random.nextBoolean()) {
        query
            .append("&sort=")
            .append(
                encode(
                    pick(random, columns) + ":" + pick(random, List.of("asc", "desc", "up", ""))));
      }
      if (random.nextInt(3) == 0) {
        query
            .append(random.nextBoolean() ? "&after=" : "&before=")
            .append(
                encode(
                    pick(
                        random, List.of("WzFd", "W10", "e30", "!!", "WyJ4Il0", "WzEsMiwzXQ", ""))));
      }
      if (random.nextInt(4) == 0) {
        query.append("&offset=").append(encode(pick(random, values)));
      }
      failures.addAll(
          send(
              guestOff,
              "GET",
              "/studio/api/schemas/public/tables/fuzz_rows/rows" + query,
              null,
              adminToken));
    }
    assertThat(failures).as("5xx answers or answers that break the document").isEmpty();
  }

  private static List<String> send(
      DbkeepServer server, String method, String path, String body, String token) {
    var headers = token == null ? new String[0] : new String[] {"Authorization", "Bearer " + token};
    try {
      var response = new HttpTestClient(server.port()).send(method, path, body, headers);
      if (response.statusCode() >= 500) {
        return List.of(
            method + " " + path + " answered " + response.statusCode() + " to " + abbreviate(body));
      }
      return List.of();
    } catch (AssertionError contract) {
      return List.of(
          contract.getMessage() + "\n  request: " + method + " " + path + " " + abbreviate(body));
    }
  }

  /** A concrete path for a template: the fuzzer's project, its Studio table. */
  private static String concrete(String template) {
    var path =
        template
            .replace("{id}", projectId)
            .replace("{number}", "1")
            .replace("{schema}", "public")
            .replace("{table}", "fuzz_rows")
            .replace("{provider}", "github")
            .replace("{token}", "x")
            .replace("{file}", "x");
    if (path.contains("{")) {
      throw new AssertionError(
          "The fuzzer has no value for a path parameter of "
              + template
              + ": add one to JsonBodyFuzzTest.concrete");
    }
    return path;
  }

  /** A body with every property the schema names, each a random value. */
  private static String fromSchema(tools.jackson.databind.JsonNode requestBody, Random random) {
    var schema = requestBody.path("content").path("application/json").path("schema");
    if (schema.has("$ref")) {
      schema = document.root().at(schema.get("$ref").asString().substring(1));
    }
    var body = JsonNodeFactory.instance.objectNode();
    for (var name : schema.path("properties").propertyNames()) {
      body.set(name, JsonFuzz.randomValue(random, 1));
    }
    return body.toString();
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String body) {
    return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
  }
}
