package io.dbkeep.bootstrap;

import static io.dbkeep.bootstrap.Browser.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code RATE_LIMIT_MAX} and {@code RATE_LIMIT_WINDOW}, as docs/configuration.md describes them,
 * reach the running server: the maximum is how many attempts pass, the window how long the next one
 * waits (a bucket refills one attempt every window / maximum), and 0 turns limiting off.
 */
class RateLimitSettingsSystemTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static final String BASE = "http://app.test";
  private static DbkeepServer threePerHalfHour;
  private static DbkeepServer unlimited;

  @BeforeAll
  static void boot() {
    threePerHalfHour = start(Map.of("RATE_LIMIT_MAX", "3", "RATE_LIMIT_WINDOW", "30m"));
    unlimited = start(Map.of("RATE_LIMIT_MAX", "0"));
  }

  private static DbkeepServer start(Map<String, String> limits) {
    var variables = new HashMap<String, String>(limits);
    variables.put("DATABASE_URL", DATABASE.databaseUrl());
    variables.put("HOST", "127.0.0.1");
    variables.put("PORT", "0");
    variables.put("BASE_URL", BASE);
    variables.put("DBKEEP_SECRET", "rate-limit-secret-rate-limit-secret-rate");
    variables.put("TRUST_PROXY", "true");
    var env = new Environment(variables);
    return DbkeepServer.start(
        ServerConfig.from(env, null), IdentityConfig.from(env, 0), Clock.systemUTC());
  }

  @AfterAll
  static void shutDown() {
    threePerHalfHour.close();
    unlimited.close();
  }

  private static HttpResponse<String> wrongSignIn(DbkeepServer server, String ip, int attempt) {
    return new Browser(server.port())
        .from(ip)
        .origin(BASE)
        .post(
            "/api/auth/sign-in/email",
            "{\"email\":\"nobody@example.com\",\"password\":\"wrong guess " + attempt + "\"}");
  }

  @Test
  void theMaximumPassesAndTheNextAttemptWaitsForTheWindowsShare() {
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(wrongSignIn(threePerHalfHour, "10.7.0.1", attempt).statusCode())
          .as("attempt %d of RATE_LIMIT_MAX=3", attempt)
          .isEqualTo(401);
    }

    var limited = wrongSignIn(threePerHalfHour, "10.7.0.1", 4);

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(json(limited).get("code").asString()).isEqualTo("TOO_MANY_REQUESTS");
    // one attempt comes back every 30 min / 3 = 600 s; a test that took minutes still sees most
    assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(300L, 600L);
    assertThat(wrongSignIn(threePerHalfHour, "10.7.0.2", 1).statusCode())
        .as("another address")
        .isEqualTo(401);
  }

  @Test
  void zeroTurnsLimitingOff() {
    for (int attempt = 1; attempt <= 15; attempt++) {
      assertThat(wrongSignIn(unlimited, "10.7.1.1", attempt).statusCode())
          .as("attempt %d with RATE_LIMIT_MAX=0", attempt)
          .isEqualTo(401);
    }
  }
}
