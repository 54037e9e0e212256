package io.dbkeep.bootstrap;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.json.JsonCodec;
import io.dbkeep.json.JsonLimits;
import io.dbkeep.testsupport.HttpTestClient;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, finding 10: whatever a save accepts reads back, and no stored value — not even one an
 * older release let in, or one written by hand into the table — makes a project unreadable: GET,
 * PUT, DELETE, duplicate and export keep working on it.
 */
class UnreadableDocumentsSystemTest {

  @RegisterExtension static final GuestServer SERVER = new GuestServer("RATE_LIMIT_MAX", "0");

  /** Reads what the server answers, numbers of every size included. */
  private static final JsonCodec READER = new JsonCodec(JsonLimits.STORED);

  private static HttpTestClient http;

  @BeforeAll
  static void client() {
    http = SERVER.http();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e308", // 309 digits in jsonb
        "-1e308",
        "1e-300", // 0.000…1
        "1e200000", // beyond numeric's range
        "123456789e95",
        "\"a\\u0000b\"", // jsonb refuses U+0000
        "\"\\ud800\"", // an unpaired surrogate
        "\"\\udc00x\"",
        "{\"\\u0000\":1}"
      })
  void aValueThatCouldNotBeReadBackIsRefusedWithItsPathAndNothingIsStored(String value) {
    var before = json(http.get("/api/projects")).size();

    var created = http.post("/api/projects", "{\"name\":\"Hostile\",\"data\":" + doc(value) + "}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(422);
    var body = json(created);
    assertThat(body.get("code").asString()).isEqualTo("SCHEMA_INVALID");
    assertThat(body.get("error").get("details").get(0).get("path").asString())
        .startsWith("data.extra");
    assertThat(body.get("error").get("details").get(0).get("code").asString())
        .isIn("NUMBER_TOO_LONG", "UNSTORABLE_TEXT");
    assertThat(json(http.get("/api/projects")).size()).isEqualTo(before);
  }

  @Test
  void anUpdateWithAnUnreadableValueIsRefusedAndTheStoredRevisionStays() {
    var id = json(http.post("/api/projects", "{\"name\":\"Kept\"}")).get("id").asString();

    var updated = http.put("/api/projects/" + id, "{\"data\":" + doc("1e308") + "}");

    assertThat(updated.statusCode()).isEqualTo(422);
    var stored = http.get("/api/projects/" + id);
    assertThat(stored.statusCode()).isEqualTo(200);
    assertThat(json(stored).get("version").asLong()).isEqualTo(1);
  }

  @Test
  void numbersUpToTheLimitReadBackExactly() {
    var created =
        http.post(
            "/api/projects",
            "{\"name\":\"Edge\",\"data\":"
                + doc("[1e99, -1e98, 1e-98, 0.1e-97, 12345678901234567890.5, -0, 1E+2, 2.50]")
                + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    var read = http.get("/api/projects/" + json(created).get("id").asString()).body();

    var data = (JsonObject) ((JsonObject) READER.read(read)).get("data").get();
    assertThat(data.get("extra").get())
        .isEqualTo(READER.read("[1e99, -1e98, 1e-98, 1e-98, 12345678901234567890.5, 0, 100, 2.5]"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"tables\":[],\"extra\":1e308}",
        "{\"tables\":[],\"extra\":-1e-300}",
        "{\"tables\":[],\"extra\":1e131000}",
        "DEEP"
      })
  void aRowWrittenByHandThatTheReaderOnceRefusedStaysReadableChangeableAndDeletable(String data)
      throws SQLException {
    var text = data.equals("DEEP") ? "{\"tables\":[],\"extra\":" + nested(600) + "}" : data;
    var id = insertDirectly(text);
    var path = "/api/projects/" + id;

    var read = http.get(path);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(((JsonObject) READER.read(read.body())).get("data").get())
        .isEqualTo(READER.read(text));
    assertThat(http.get(path + "/export").statusCode()).isEqualTo(200);
    var copy = http.post(path + "/duplicate", null);
    assertThat(copy.statusCode()).as(copy.body()).isEqualTo(201);
    var copyId = ((JsonObject) READER.read(copy.body())).get("id").get();
    assertThat(http.get("/api/projects/" + ((JsonString) copyId).value()).statusCode())
        .isEqualTo(200);

    var fixed = http.put(path, "{\"name\":\"Fixed\",\"data\":{\"tables\":[]}}");
    assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(200);
    assertThat(json(http.get(path)).get("data").has("extra")).isFalse();

    var deleted = http.delete(path);
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
    assertThat(http.get(path).statusCode()).isEqualTo(404);
  }

  /** Issue 15 re-walk of finding 10: spellings and shapes nobody wrote a case for. */
  static java.util.stream.Stream<String> hostileExtras() {
    return java.util.stream.Stream.of(
        "1E+2147483648",
        "-1E+2147483648",
        "1e-2147483649",
        "-1e999999",
        "1" + "0".repeat(5_000),
        "0." + "0".repeat(5_000) + "1",
        "-0.0e-0",
        "NaN",
        "Infinity",
        "0x10",
        nested(150),
        nested(197),
        nested(5_000),
        "{\"a\":".repeat(150) + "1" + "}".repeat(150),
        "[{\"deep\":[{\"\\u0000\":1}]}]",
        "{\"tables\":[{\"x\":1e308}]}",
        "\"" + "x".repeat(500_000) + "\"",
        "[" + "1e99,".repeat(20_000) + "1]");
  }

  /**
   * Whatever a save accepts reads back, and whatever it cannot keep is a 4xx naming why: never a
   * 500, never a stored project that cannot be opened again.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("hostileExtras")
  void aHostileExtraIsRefusedWithA4xxOrReadsBack(String extra) {
    var before = json(http.get("/api/projects")).size();

    var created = http.post("/api/projects", "{\"name\":\"Hostile\",\"data\":" + doc(extra) + "}");

    var shown = extra.length() > 60 ? extra.substring(0, 60) + "…" : extra;
    if (created.statusCode() == 201) {
      var id = json(created).get("id").asString();
      var read = http.get("/api/projects/" + id);
      assertThat(read.statusCode()).as("%s read back: %s", shown, read.body()).isEqualTo(200);
      assertThat(http.delete("/api/projects/" + id).statusCode()).isEqualTo(200);
    } else {
      assertThat(created.statusCode()).as("%s: %s", shown, created.body()).isBetween(400, 499);
      assertThat(json(created).get("code").asString()).as(shown).isNotBlank();
      assertThat(json(http.get("/api/projects")).size()).as(shown).isEqualTo(before);
    }
  }

  @Test
  void aRowWrittenByHandCanBeDeletedWithoutBeingRead() throws SQLException {
    var id = insertDirectly("{\"tables\":[],\"extra\":1e308}");

    var deleted = http.delete("/api/projects/" + id);

    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
  }

  private static String doc(String extra) {
    return "{\"tables\":[],\"extra\":" + extra + "}";
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "1" + "]".repeat(depth);
  }

  /** Writes a project row as an older release or a person with psql could have. */
  private static String insertDirectly(String data) throws SQLException {
    // the guest user exists once the server started in guest mode
    var id = UUID.randomUUID().toString();
    try (var connection = SERVER.database().connect()) {
      connection.setAutoCommit(true);
      try (var insert =
          connection.prepareStatement(
              "insert into project (id, name, engine, data, user_id, owner_id, owner_type,"
                  + " created_at, updated_at, version) values (cast(? as uuid), 'By hand',"
                  + " 'PostgreSQL', cast(? as jsonb), 'guest-user', 'guest-user', 'user', now(),"
                  + " now(), 1)")) {
        insert.setString(1, id);
        insert.setString(2, data);
        insert.executeUpdate();
      }
    }
    return id;
  }
}
