package io.dbkeep.bootstrap.studio;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.StudioServer;
import io.dbkeep.bootstrap.config.StudioConfig;
import io.dbkeep.bootstrap.config.StudioDatabaseUrl;
import io.dbkeep.testsupport.HttpTestClient;
import io.dbkeep.testsupport.MariaDbTestDatabase;
import io.dbkeep.testsupport.PostgresTestDatabase;
import io.dbkeep.testsupport.SqliteTestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Studio as {@code dbkeep studio} runs it (composition root, real HTTP, real databases): the
 * HTTP contract end to end and hostile input on all three engines, checking afterwards that the
 * database is unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudioSystemTest {

  @RegisterExtension static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();
  @RegisterExtension static final MariaDbTestDatabase MARIADB = new MariaDbTestDatabase();
  @RegisterExtension static final SqliteTestDatabase SQLITE = new SqliteTestDatabase();

  static final String WEIRD = "ünïcødé 表 \"q\"";

  /** One engine's Studio and a way to check its database directly. */
  record Engine(String name, String url, String schema, Connection direct, StudioServer server) {
    HttpTestClient http() {
      return new HttpTestClient(server.port());
    }

    String token() {
      var matcher = Pattern.compile("token=(.+)$").matcher(server.url());
      matcher.find();
      return matcher.group(1);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private final List<Engine> engines = new ArrayList<>();

  @BeforeAll
  void startStudios() throws Exception {
    var postgres = POSTGRES.connect();
    fixture(postgres, "\"", "serial", "");
    engines.add(start("PostgreSQL", POSTGRES.databaseUrl(), "public", postgres));

    var mariadbProperties = new Properties();
    var maria = MARIADB.connect();
    fixture(maria, "`", "int AUTO_INCREMENT", " ENGINE=InnoDB");
    var mariaUrl = MARIADB.jdbcUrl();
    if (MARIADB.user() != null) {
      mariaUrl += (mariaUrl.contains("?") ? "&" : "?") + "user=" + MARIADB.user();
    }
    engines.add(start("MariaDB", mariaUrl, MARIADB.name(), maria));

    var file = SQLITE.newDatabase("studio-system");
    var sqlite = DriverManager.getConnection(SqliteTestDatabase.jdbcUrl(file));
    fixture(sqlite, "\"", "INTEGER", "");
    engines.add(start("SQLite", SqliteTestDatabase.jdbcUrl(file), "main", sqlite));
    mariadbProperties.clear();
  }

  @AfterAll
  void stopStudios() throws SQLException {
    for (var engine : engines) {
      engine.server().close();
      engine.direct().close();
    }
  }

  private static void fixture(Connection connection, String q, String serial, String suffix)
      throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE people (id "
              + serial
              + " PRIMARY KEY, name varchar(100) NOT NULL, email varchar(200))"
              + suffix);
      statement.execute(
          "CREATE TABLE secrets (id integer PRIMARY KEY, secret varchar(50))" + suffix);
      statement.execute(
          "CREATE TABLE "
              + q
              + WEIRD.replace(q, q + q)
              + q
              + " ("
              + q
              + "kéy"
              + q
              + " integer PRIMARY KEY, "
              + q
              + "välue \"x\"".replace(q, q + q)
              + q
              + " varchar(50))"
              + suffix);
      statement.execute(
          "INSERT INTO people (name, email) VALUES ('Ada', 'ada@example.com'), ('Grace', 'grace@example.com'), ('Linus', NULL)");
      statement.execute("INSERT INTO secrets (id, secret) VALUES (1, 'keep me'), (2, 'me too')");
    }
  }

  private static Engine start(String name, String url, String schema, Connection direct) {
    var config =
        new StudioConfig(
            StudioDatabaseUrl.parse(url),
            "127.0.0.1",
            0,
            false,
            true,
            Duration.ofSeconds(10),
            1_000_000);
    return new Engine(name, url, schema, direct, StudioServer.start(config));
  }

  Iterable<Arguments> engines() {
    return engines.stream().map(Arguments::of).toList();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String[] auth(Engine engine) {
    return new String[] {"Authorization", "Bearer " + engine.token()};
  }

  private static long count(Engine engine, String sql) throws SQLException {
    try (var statement = engine.direct().createStatement();
        var result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void theHttpContractEndToEnd(Engine engine) throws SQLException {
    var http = engine.http();
    var base = "/studio/api/schemas/" + encode(engine.schema()) + "/tables/";
    var tables = json(http.get("/studio/api/tables", auth(engine)));
    assertThat(tables.findValuesAsString("name")).contains("people", "secrets", WEIRD);

    var structure = json(http.get(base + "people", auth(engine)));
    assertThat(structure.get("primaryKey").get(0).asString()).isEqualTo("id");

    var rows = json(http.get(base + "people/rows?sort=name:desc&limit=2", auth(engine)));
    assertThat(rows.get("rows").get(0).get("name").asString()).isEqualTo("Linus");
    assertThat(rows.get("total").asLong()).isEqualTo(3);
    var next =
        json(
            http.get(
                base + "people/rows?sort=name:desc&limit=2&after=" + rows.get("next").asString(),
                auth(engine)));
    assertThat(next.get("rows").get(0).get("name").asString()).isEqualTo("Ada");

    var inserted =
        http.post(base + "people/rows", "{\"values\":{\"name\":\"Margaret\"}}", auth(engine));
    assertThat(inserted.statusCode()).isEqualTo(201);
    var id = json(inserted).get("id").asLong();
    var patched =
        http.send(
            "PATCH",
            base + "people/rows",
            "{\"key\":{\"id\":"
                + id
                + "},\"set\":{\"email\":\"m@example.com\"},\"expect\":{\"email\":null}}",
            auth(engine));
    assertThat(patched.statusCode()).isEqualTo(200);
    var conflict =
        http.send(
            "PATCH",
            base + "people/rows",
            "{\"key\":{\"id\":"
                + id
                + "},\"set\":{\"email\":\"x@example.com\"},\"expect\":{\"email\":null}}",
            auth(engine));
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(json(conflict).get("error").get("code").asString()).isEqualTo("ROW_CONFLICT");
    var deleted =
        http.send("DELETE", base + "people/rows", "{\"keys\":[{\"id\":" + id + "}]}", auth(engine));
    assertThat(json(deleted).get("deleted").asInt()).isEqualTo(1);

    var sql =
        json(
            http.post(
                "/studio/api/sql", "{\"sql\":\"SELECT count(*) AS n FROM people\"}", auth(engine)));
    assertThat(sql.get("results").get(0).get("rows").get(0).get(0).asLong()).isEqualTo(3);
    var error = http.post("/studio/api/sql", "{\"sql\":\"SELEC 1\"}", auth(engine));
    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(json(error).get("error").get("code").asString()).isEqualTo("SQL_ERROR");
    assertThat(json(error).get("error").get("details").get(0).has("position")).isTrue();

    var weird = json(http.get(base + encode(WEIRD) + "/rows", auth(engine)));
    assertThat(weird.get("total").asLong()).isZero();
    var weirdInsert =
        http.post(
            base + encode(WEIRD) + "/rows",
            "{\"values\":{\"kéy\":1,\"välue \\\"x\\\"\":\"ok\"}}",
            auth(engine));
    assertThat(weirdInsert.statusCode()).as(weirdInsert.body()).isEqualTo(201);
    assertThat(count(engine, "SELECT count(*) FROM people")).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void hostileNamesAndValuesAre4xxOrLiteralAndChangeNothing(Engine engine) throws SQLException {
    var http = engine.http();
    var base = "/studio/api/schemas/" + encode(engine.schema()) + "/tables/";
    var before = snapshot(engine);

    var hostileNames =
        List.of(
            "people; DROP TABLE secrets; --",
            "people\" WHERE 1=1; --",
            "people` ; DELETE FROM secrets; #",
            "secrets'--",
            "people/*",
            "peop\u0000le",
            "😈");
    for (var name : hostileNames) {
      var response = http.get(base + encode(name) + "/rows", auth(engine));
      assertThat(response.statusCode()).as(name).isIn(400, 404);
      assertThat(json(response).get("error").get("code").asString()).isNotBlank();
    }
    assertThat(
            http.get(
                    "/studio/api/schemas/"
                        + encode("public; DROP TABLE secrets")
                        + "/tables/people/rows",
                    auth(engine))
                .statusCode())
        .isEqualTo(404);

    for (var sort :
        List.of("name; DROP TABLE secrets:asc", "name\":desc", "(SELECT 1):asc", "1:asc")) {
      var response = http.get(base + "people/rows?sort=" + encode(sort), auth(engine));
      assertThat(response.statusCode()).as(sort).isEqualTo(400);
    }
    for (var filter : List.of("name) OR (1=1:eq:x", "na`me:eq:x", "name:eq'):x")) {
      var response = http.get(base + "people/rows?filter=" + encode(filter), auth(engine));
      assertThat(response.statusCode()).as(filter).isEqualTo(400);
    }
    for (var filter :
        List.of(
            "name:eq:' OR '1'='1",
            "name:eq:Ada' --",
            "name:contains:%' OR 1=1 --",
            "name:startswith:_",
            "email:in:[\"x' OR 1=1 --\", \"\\\"; DROP TABLE secrets; --\"]",
            "name:ne:Ada'); DELETE FROM secrets; --",
            "name:eq:ünïcødé 🙂")) {
      var response = http.get(base + "people/rows?filter=" + encode(filter), auth(engine));
      assertThat(response.statusCode()).as(filter).isEqualTo(200);
      var total = json(response).get("total").asLong();
      assertThat(total).as(filter).isEqualTo(filter.startsWith("name:ne") ? 3 : 0);
    }
    var badId = http.get(base + "people/rows?filter=" + encode("id:eq:1 OR 1=1"), auth(engine));
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(json(badId).get("error").get("code").asString()).isEqualTo("INVALID_VALUE");

    var badColumn =
        http.post(
            base + "people/rows",
            "{\"values\":{\"name\":\"x\",\"email\\\"); DROP TABLE secrets; --\":\"y\"}}",
            auth(engine));
    assertThat(badColumn.statusCode()).isEqualTo(400);
    assertThat(json(badColumn).get("error").get("code").asString()).isEqualTo("COLUMN_NOT_FOUND");
    var badKey =
        http.send(
            "PATCH",
            base + "people/rows",
            "{\"key\":{\"id\":\"1 OR 1=1\"},\"set\":{\"name\":\"x\"}}",
            auth(engine));
    assertThat(badKey.statusCode()).isEqualTo(400);
    var badDelete =
        http.send(
            "DELETE", base + "people/rows", "{\"keys\":[{\"id\":\"1) OR (1=1\"}]}", auth(engine));
    assertThat(badDelete.statusCode()).isEqualTo(400);
    var evilValue = "'); DELETE FROM secrets; -- ü 🙂";
    var stored =
        http.post(
            base + "people/rows", "{\"values\":{\"name\":\"" + evilValue + "\"}}", auth(engine));
    assertThat(stored.statusCode()).isEqualTo(201);
    assertThat(json(stored).get("name").asString()).isEqualTo(evilValue);
    var id = json(stored).get("id").asLong();
    assertThat(
            http.send(
                    "DELETE",
                    base + "people/rows",
                    "{\"keys\":[{\"id\":" + id + "}]}",
                    auth(engine))
                .statusCode())
        .isEqualTo(200);

    assertThat(snapshot(engine)).isEqualTo(before);
  }

  private static List<String> snapshot(Engine engine) throws SQLException {
    var rows = new ArrayList<String>();
    try (var statement = engine.direct().createStatement()) {
      for (var table : List.of("people", "secrets")) {
        try (var result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
          var columns = result.getMetaData().getColumnCount();
          while (result.next()) {
            var row = new StringBuilder(table);
            for (int i = 1; i <= columns; i++) {
              row.append('|').append(result.getString(i));
            }
            rows.add(row.toString());
          }
        }
      }
    }
    return rows;
  }
}
