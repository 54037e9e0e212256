package io.dbkeep.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.json.StorableJson;
import io.dbkeep.json.JsonCodec;
import io.dbkeep.json.JsonLimits;
import io.dbkeep.json.MalformedJsonException;
import io.dbkeep.testsupport.HttpTestClient;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 15, finding 10, as a property: for every value the reader allows — numbers in every
 * spelling (exponents, signs, leading zeros in fractions, huge and tiny), strings with any Unicode
 * and every escape, nesting up to the reader's depth — a save over HTTP on real PostgreSQL either
 * answers 201 and the project then reads back equal to what was sent, or refuses with 422 naming
 * the exact value that could not be stored and read back. Never a 500, never a project that cannot
 * be read.
 */
class SavedDocumentsReadBackPropertyTest {

  private static final JsonCodec REQUEST_READER = new JsonCodec();
  private static final JsonCodec RESPONSE_READER = new JsonCodec(JsonLimits.STORED);

  private static PostgresTestDatabase database;
  private static DbkeepServer server;
  private static HttpTestClient http;

  @BeforeContainer
  static void boot() throws Exception {
    database = new PostgresTestDatabase();
    database.beforeAll(null);
    var env =
        new Environment(
            Map.of(
                "DATABASE_URL", database.databaseUrl(),
                "HOST", "127.0.0.1",
                "PORT", "0",
                "GUEST_MODE", "true",
                "RATE_LIMIT_MAX", "0"));
    server =
        DbkeepServer.start(
            ServerConfig.from(env, null), IdentityConfig.from(env, 0), Clock.systemUTC());
    http = new HttpTestClient(server.port());
  }

  @AfterContainer
  static void shutDown() throws Exception {
    if (server != null) {
      server.close();
    }
    if (database != null) {
      database.afterAll(null);
    }
  }

  @Property(tries = 150)
  void whatASaveAcceptsReadsBackEqualAndWhatItRefusesIsNamed(@ForAll("values") String value) {
    var created =
        http.post(
            "/api/projects", "{\"name\":\"P\",\"data\":{\"tables\":[],\"extra\":" + value + "}}");
    JsonValue sent;
    try {
      sent = REQUEST_READER.read(value);
    } catch (MalformedJsonException notAllowed) {
      // the reader refuses it (e.g. an unpaired surrogate escape in a member name): 400
      assertThat(created.statusCode()).as(value + " → " + created.body()).isEqualTo(400);
      return;
    }

    var unstorable = StorableJson.problems(sent);
    if (unstorable.isEmpty()) {
      assertThat(created.statusCode()).as(value + " → " + created.body()).isEqualTo(201);
      var id = ((JsonString) member(RESPONSE_READER.read(created.body()), "id")).value();
      var read = http.get("/api/projects/" + id);
      assertThat(read.statusCode()).isEqualTo(200);
      var data = member(RESPONSE_READER.read(read.body()), "data");
      assertThat(member(data, "extra")).as(value).isEqualTo(sent);
    } else {
      assertThat(created.statusCode()).as(value + " → " + created.body()).isEqualTo(422);
      assertThat(created.body()).contains("\"path\":\"data.extra");
    }
  }

  @Property(tries = 20)
  void nestingUpToTheReadersDepthReadsBack(@ForAll @IntRange(min = 1, max = 196) int depth) {
    var value = "[".repeat(depth) + "{\"a\":\"é\"}" + "]".repeat(depth);
    whatASaveAcceptsReadsBackEqualAndWhatItRefusesIsNamed(value);
  }

  private static JsonValue member(JsonValue object, String name) {
    return ((JsonObject) object).get(name).get();
  }

  @Provide
  Arbitrary<String> values() {
    return value(3);
  }

  private static Arbitrary<String> value(int depth) {
    var leaves =
        Arbitraries.oneOf(
            numbers(), strings(), Arbitraries.of("true", "false", "null", "{}", "[]"));
    if (depth == 0) {
      return leaves;
    }
    var child = value(depth - 1);
    var arrays = child.list().ofMaxSize(4).map(elements -> "[" + String.join(",", elements) + "]");
    var objects =
        Combinators.combine(strings(), child)
            .as((name, v) -> name + ":" + v)
            .list()
            .ofMaxSize(4)
            .uniqueElements(member -> member.substring(0, member.indexOf("\":") + 1))
            .map(members -> "{" + String.join(",", members) + "}");
    return Arbitraries.frequencyOf(
        List.of(
            net.jqwik.api.Tuple.of(4, leaves),
            net.jqwik.api.Tuple.of(1, arrays),
            net.jqwik.api.Tuple.of(1, objects)));
  }

  /** Numbers as JSON may spell them, within the reader's 100 characters. */
  static Arbitrary<String> numbers() {
    var sign = Arbitraries.of("", "-");
    var integer =
        Arbitraries.oneOf(
            Arbitraries.of("0"),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40).map(d -> "1" + d));
    var fraction =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30).map(d -> "." + d));
    var exponent =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Combinators.combine(
                    Arbitraries.of("e", "E"),
                    Arbitraries.of("", "+", "-"),
                    Arbitraries.oneOf(
                        Arbitraries.integers().between(0, 120),
                        Arbitraries.integers().between(0, 400000)))
                .as((e, s, n) -> e + s + n));
    return Combinators.combine(sign, integer, fraction, exponent).as((s, i, f, e) -> s + i + f + e);
  }

  /** Strings with any Unicode, written raw or as escapes (including U+0000 and lone surrogates). */
  static Arbitrary<String> strings() {
    var raw =
        Arbitraries.strings()
            .withCharRange(' ', '\uFFFF')
            .excludeChars('"', '\\')
            .ofMaxLength(12)
            .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
    var escapes =
        Arbitraries.of(
            "\\n",
            "\\t",
            "\\\"",
            "\\\\",
            "\\/",
            "\\b",
            "\\f",
            "\\r",
            "\\u00e9",
            "\\u2028",
            "\\ud83d\\ude00",
            "\\u0000",
            "\\ud800",
            "\\udfff",
            "😀",
            "ß",
            "中文");
    var pieces = Arbitraries.oneOf(raw, escapes).list().ofMaxSize(4);
    return pieces.map(list -> "\"" + String.join("", list) + "\"");
  }
}
