package io.dbkeep.bootstrap.studio;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.StudioServer;
import io.dbkeep.bootstrap.config.StudioConfig;
import io.dbkeep.bootstrap.config.StudioDatabaseUrl;
import io.dbkeep.testsupport.HttpTestClient;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /studio/api/introspect} on the composition root: a PostgreSQL table's CHECK
 * constraints come back in the document in the neutral subset (casts gone), and one outside the
 * subset is counted in {@code X-DBKeep-Warnings} instead, and listed with {@code
 * ?include=warnings}.
 */
class StudioIntrospectChecksSystemTest {

  @RegisterExtension static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

  @Test
  void theIntrospectedDocumentHoldsTheTablesChecks() throws Exception {
    try (var connection = POSTGRES.connect();
        var statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE item (id integer PRIMARY KEY, price numeric(8,2), code text,"
              + " CONSTRAINT \"price ≥ 0 \"\"ok\"\"\" CHECK (price >= 0),"
              + " CONSTRAINT code_in CHECK (code IN ('a', 'b''c')),"
              + " CONSTRAINT code_regex CHECK (code ~ '^[a-z]'))");
    }
    var config =
        new StudioConfig(
            StudioDatabaseUrl.parse(POSTGRES.databaseUrl()),
            "127.0.0.1",
            0,
            false,
            true,
            Duration.ofSeconds(10),
            1_000_000);
    try (var server = StudioServer.start(config)) {
      var matcher = Pattern.compile("token=(.+)$").matcher(server.url());
      assertThat(matcher.find()).isTrue();
      var response =
          new HttpTestClient(server.port())
              .get(
                  "/studio/api/introspect?schema=public",
                  "Authorization",
                  "Bearer " + matcher.group(1));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      var item = json(response).get("tables").get(0);
      assertThat(item.get("name").asString()).isEqualTo("item");
      var checks = item.get("checks");
      assertThat(checks).as(response.body()).hasSize(2);
      assertThat(checks.get(0).get("name").asString()).isEqualTo("code_in");
      assertThat(checks.get(0).get("expression").asString()).isEqualTo("code IN ('a', 'b''c')");
      assertThat(checks.get(1).get("name").asString()).isEqualTo("price ≥ 0 \"ok\"");
      assertThat(checks.get(1).get("expression").asString()).isEqualTo("price >= 0");
      assertThat(response.headers().firstValue("X-DBKeep-Warnings")).hasValue("1");

      var client = new HttpTestClient(server.port());
      var bearer = "Bearer " + matcher.group(1);
      var withWarnings =
          client.get("/studio/api/introspect?include=warnings", "Authorization", bearer);
      assertThat(withWarnings.statusCode()).as(withWarnings.body()).isEqualTo(200);
      var body = json(withWarnings);
      assertThat(body.get("document").get("tables").get(0).get("checks")).hasSize(2);
      assertThat(body.get("warnings")).hasSize(1);
      var warning = body.get("warnings").get(0);
      assertThat(warning.get("code").asString()).isEqualTo("CHECK_NOT_CARRIED");
      assertThat(warning.get("severity").asString()).isEqualTo("warning");
      assertThat(warning.get("message").asString()).contains("code_regex").contains("item");

      var unknown =
          client.get("/studio/api/introspect?include=everything", "Authorization", bearer);
      assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
      assertThat(json(unknown).get("error").get("details").get(0).get("path").asString())
          .isEqualTo("include");
    }
  }
}
