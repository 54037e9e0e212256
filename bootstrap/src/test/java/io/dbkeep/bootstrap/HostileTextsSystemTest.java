package io.dbkeep.bootstrap;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.testsupport.HttpTestClient;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Texts people type (project names, version labels and messages) and numbers in imported type
 * declarations, with the characters and signs no earlier test used, on the real composition root
 * and PostgreSQL. A character PostgreSQL cannot store is a 400 naming the field, never a 500 or a
 * silent {@code ?}; a negative length is kept as written, never turned positive.
 */
class HostileTextsSystemTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static DbkeepServer server;
  private static HttpTestClient http;

  @BeforeAll
  static void boot() {
    var env =
        new Environment(
            Map.of(
                "DATABASE_URL",
                DATABASE.databaseUrl(),
                "HOST",
                "127.0.0.1",
                "PORT",
                "0",
                "GUEST_MODE",
                "true"));
    server =
        DbkeepServer.start(
            ServerConfig.from(env, null), IdentityConfig.from(env, 0), Clock.systemUTC());
    http = new HttpTestClient(server.port());
  }

  @AfterAll
  static void shutDown() {
    server.close();
  }

  @Test
  void aNegativeTypeArgumentIsKeptAsWrittenAndAFractionalOneIsAWarning() {
    var response =
        http.post(
            "/api/schema/import?from=postgresql",
            "CREATE TABLE t (a varchar(-1), b numeric(10,-5), c varchar(1.5), d char('x'));");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var columns = json(response).get("document").get("tables").get(0).get("columns");
    assertThat(columns.get(0).get("length").asInt()).isEqualTo(-1);
    assertThat(columns.get(1).get("precision").asInt()).isEqualTo(10);
    assertThat(columns.get(1).get("scale").asInt()).isEqualTo(-5);
    assertThat(columns.get(2).has("length")).isFalse();
    assertThat(response.body())
        .contains("the type argument 1.5 of varchar is not a whole number and is not kept")
        .contains("the type argument x of char is not a whole number and is not kept");

    var validated =
        http.post(
            "/api/schema/validate?engine=postgresql", json(response).get("document").toString());
    assertThat(validated.body()).contains("PARAMETER_OUT_OF_RANGE").contains("not -1");
  }
}
