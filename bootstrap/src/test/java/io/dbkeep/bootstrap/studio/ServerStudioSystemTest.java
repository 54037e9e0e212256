package io.dbkeep.bootstrap.studio;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.DbkeepServer;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.OperationsConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.bootstrap.config.StudioMountConfig;
import io.dbkeep.testsupport.HttpTestClient;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server's Studio ({@code STUDIO_ENABLED=true}): signed-in admins use it on DBKeep's own
 * database, other users and the guest get 404, anonymous callers 401; off by default.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerStudioSystemTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private DbkeepServer withStudio;
  private DbkeepServer withGuests;
  private DbkeepServer withoutStudio;
  private String adminToken;
  private String userToken;

  private DbkeepServer start(boolean studio, boolean guests) {
    var variables = new HashMap<String, String>();
    variables.put("DATABASE_URL", DATABASE.databaseUrl());
    variables.put("HOST", "127.0.0.1");
    variables.put("PORT", "0");
    variables.put("BASE_URL", "http://app.test");
    variables.put("DBKEEP_SECRET", "studio-secret-studio-secret-studio-secret");
    variables.put("ADMIN_EMAILS", "admin@example.com");
    variables.put("GUEST_MODE", Boolean.toString(guests));
    variables.put("RATE_LIMIT_MAX", "0");
    variables.put("STUDIO_ENABLED", Boolean.toString(studio));
    var env = new Environment(variables);
    var config = ServerConfig.from(env, null);
    return DbkeepServer.start(
        config,
        OperationsConfig.from(new Environment(Map.of())),
        IdentityConfig.from(env, 0),
        StudioMountConfig.from(env, config.database()),
        Clock.systemUTC());
  }

  @BeforeAll
  void boot() {
    withStudio = start(true, false);
    adminToken = signUp("admin@example.com");
    // ADMIN_EMAILS confers the role once the address is verified; the next start promotes it
    verify("admin@example.com");
    withGuests = start(true, true);
    withoutStudio = start(false, false);
    userToken = signUp("user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
  }

  @AfterAll
  void stop() {
    for (var server : List.of(withStudio, withGuests, withoutStudio)) {
      server.close();
    }
  }

  private static void verify(String email) {
    try (var connection = DATABASE.connect()) {
      connection.setAutoCommit(true);
      try (var statement =
          connection.prepareStatement(
              "update \"user\" set email_verified = true where email = ?")) {
        statement.setString(1, email);
        assertThat(statement.executeUpdate()).isEqualTo(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String signUp(String email) {
    var response =
        new HttpTestClient(withStudio.port())
            .post(
                "/api/auth/sign-up/email",
                "{\"name\":\"Someone\",\"email\":\""
                    + email
                    + "\",\"password\":\"correct horse battery\"}",
                "Origin",
                "http://app.test");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).get("token").asString();
  }

  @Test
  void adminsUseTheStudioOthersDoNotSeeIt() {
    var http = new HttpTestClient(withStudio.port());
    var admin = new String[] {"Authorization", "Bearer " + adminToken};
    var user = new String[] {"Authorization", "Bearer " + userToken};
    for (var path :
        List.of(
            "/studio",
            "/studio/api/overview",
            "/studio/api/tables",
            "/studio/api/schemas/public/tables/user/rows")) {
      assertThat(http.get(path, admin).statusCode()).as("admin " + path).isEqualTo(200);
      assertThat(http.get(path, user).statusCode()).as("user " + path).isEqualTo(404);
      assertThat(http.get(path).statusCode()).as("anonymous " + path).isEqualTo(401);
    }
    var tables = json(http.get("/studio/api/tables", admin)).findValuesAsString("name");
    assertThat(tables).contains("user", "session", "account", "verification", "project");
    assertThat(json(http.get("/studio/api/overview", admin)).get("projects").asBoolean()).isTrue();
    assertThat(http.post("/studio/api/sql", "{\"sql\":\"select 1\"}", user).statusCode())
        .isEqualTo(404);

    // With guest mode on, anonymous callers act as the guest: still not an admin.
    var guests = new HttpTestClient(withGuests.port());
    assertThat(guests.get("/studio/api/tables").statusCode()).isEqualTo(404);
    assertThat(guests.get("/studio/api/tables", admin).statusCode()).isEqualTo(200);

    // Off by default: no route at all, even for admins.
    assertThat(
            new HttpTestClient(withoutStudio.port()).get("/studio/api/tables", admin).statusCode())
        .isEqualTo(404);
  }

  @Test
  void anAdminSavesTheIntrospectedDatabaseAsAProject() {
    var http = new HttpTestClient(withStudio.port());
    var admin = new String[] {"Authorization", "Bearer " + adminToken};
    var document = http.get("/studio/api/introspect", admin);
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(json(document).get("tables").findValuesAsString("name")).contains("user", "project");
    var saved =
        http.post(
            "/api/projects",
            "{\"name\":\"DBKeep itself\",\"engine\":\"PostgreSQL\",\"data\":"
                + document.body()
                + "}",
            admin);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
  }
}
