package io.dbkeep.bootstrap;

import static io.dbkeep.bootstrap.Browser.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.OperationsConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.testsupport.OriginalDbkeepFixture;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * People of an original DBKeep database, after the server adopted it: they sign in with their old
 * passwords (Better Auth's scrypt, NFKC included), which then move to Argon2id, and a session
 * started by the original keeps working.
 */
class AdoptedIdentitySystemTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  @TempDir static Path backups;
  private static DbkeepServer server;

  @BeforeAll
  static void boot() throws Exception {
    try (var connection = DATABASE.connect()) {
      OriginalDbkeepFixture.load(connection);
    }
    var env =
        new Environment(
            Map.of(
                "DATABASE_URL", DATABASE.databaseUrl(),
                "HOST", "127.0.0.1",
                "PORT", "0",
                "BACKUP_DIR", backups.toString(),
                "BASE_URL", "http://app.test"));
    server =
        DbkeepServer.start(
            ServerConfig.from(env, null),
            OperationsConfig.from(env),
            IdentityConfig.from(env, 0),
            Clock.systemUTC());
  }

  @AfterAll
  static void shutDown() {
    server.close();
  }

  @Test
  void oldPasswordsSignInAndMoveToArgon2id() throws Exception {
    var client = new Browser(server.port()).origin("http://app.test");
    var ada =
        client.post(
            "/api/auth/sign-in/email",
            "{\"email\":\""
                + OriginalDbkeepFixture.ADA_EMAIL
                + "\",\"password\":\""
                + OriginalDbkeepFixture.ADA_PASSWORD
                + "\"}");
    assertThat(ada.statusCode()).as(ada.body()).isEqualTo(200);
    assertThat(json(ada).get("user").get("id").asString()).isEqualTo(OriginalDbkeepFixture.ADA_ID);
    assertThat(password(OriginalDbkeepFixture.ADA_ID)).startsWith("$argon2id$");
    var projects =
        json(
            new Browser(server.port())
                .bearer(json(ada).get("token").asString())
                .get("/api/projects"));
    assertThat(projects.findValuesAsString("id")).contains(OriginalDbkeepFixture.BLOG);
    var blog =
        new Browser(server.port())
            .bearer(json(ada).get("token").asString())
            .get("/api/projects/" + OriginalDbkeepFixture.BLOG);
    assertThat(blog.statusCode()).as(blog.body()).isEqualTo(200);
    assertThat(json(blog).get("engine").asString()).isEqualTo("PostgreSQL");
    assertThat(json(blog).get("data").get("tables").isArray()).isTrue();
    assertThat(json(blog).get("data").get("tables").size()).isPositive();

    var zoe =
        new Browser(server.port())
            .post(
                "/api/auth/sign-in/email",
                "{\"email\":\""
                    + OriginalDbkeepFixture.ZOE_EMAIL
                    + "\",\"password\":\""
                    + OriginalDbkeepFixture.ZOE_PASSWORD
                    + "\"}");
    assertThat(zoe.statusCode()).as(zoe.body()).isEqualTo(200);
  }

  @Test
  void aSessionStartedByTheOriginalStillWorks() throws Exception {
    var token = "old-session-token-ada";
    assertThat(column("select token from session where id = 'sess-ada'"))
        .isEqualTo(io.dbkeep.domain.identity.TokenHash.of(token).hex());

    var client = new Browser(server.port()).bearer(token);

    assertThat(json(client.get("/api/auth/get-session")).get("user").get("id").asString())
        .isEqualTo(OriginalDbkeepFixture.ADA_ID);
    assertThat(json(client.get("/api/projects")).findValuesAsString("id"))
        .contains(OriginalDbkeepFixture.BLOG);
  }

  private static String password(String userId) throws SQLException {
    return column(
        "select password from account where provider_id = 'credential' and user_id = '"
            + userId
            + "'");
  }

  private static String column(String sql) throws SQLException {
    try (var connection = DATABASE.connect();
        var rows = connection.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
