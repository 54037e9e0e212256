package io.dbkeep.adapter.in.web.auth;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.in.web.HttpApi;
import io.dbkeep.adapter.in.web.WebSettings;
import io.dbkeep.application.fake.FakeOAuthProviders;
import io.dbkeep.application.fake.FakePasswordHasher;
import io.dbkeep.application.fake.InMemoryDatabase;
import io.dbkeep.application.fake.InMemoryIdentityPersistence;
import io.dbkeep.application.fake.InMemoryMailOutbox;
import io.dbkeep.application.fake.InMemoryRateLimits;
import io.dbkeep.application.fake.InMemoryUserPersistence;
import io.dbkeep.application.fake.RandomTokenGenerator;
import io.dbkeep.application.port.out.identity.AuthEvents;
import io.dbkeep.application.port.out.ratelimit.RateLimitPort;
import io.dbkeep.application.service.ratelimit.RateLimitService;
import io.dbkeep.application.wiring.IdentityServices;
import io.dbkeep.domain.identity.IdentityPolicy;
import io.dbkeep.domain.identity.SessionPolicy;
import io.dbkeep.json.JsonCodec;
import io.dbkeep.testsupport.HttpTestClient;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The auth routes over real HTTP with in-memory ports: transport details and policies. */
class AuthApiTest {

  private HttpApi api;
  private HttpTestClient http;

  private void start(String baseUrl, IdentityPolicy policy) {
    var database = new InMemoryDatabase();
    var users = new InMemoryUserPersistence(database);
    var identity = new InMemoryIdentityPersistence(database);
    var clock = Clock.systemUTC();
    var services =
        new IdentityServices(
            database,
            users,
            identity,
            new InMemoryMailOutbox(database),
            policy,
            new RandomTokenGenerator(),
            new FakePasswordHasher(),
            FakeOAuthProviders.none(),
            AuthEvents.NONE,
            clock);
    var web =
        new IdentityWeb(
            new AuthSettings(
                URI.create(baseUrl),
                "web-test-secret",
                false,
                Set.of(AuthSettings.originOf(URI.create(baseUrl))),
                false),
            new JsonCodec(),
            new IdentityUseCases(
                services.signUp(),
                services.signIn(),
                services.authenticate(),
                services.sessions(),
                services.passwordReset(),
                services.emailVerification(),
                services.accountSettings(),
                services.socialSignIn(),
                services.administration()),
            new RateLimitService(
                database,
                new InMemoryRateLimits(database),
                Option.of(new RateLimitPort.Limit(100, Duration.ofMinutes(1))),
                clock));
    api =
        new HttpApi(
                new WebSettings("127.0.0.1", 0, 64 * 1024, Duration.ofSeconds(5)),
                List.of(web.routes()))
            .start();
    http = new HttpTestClient(api.port());
  }

  @AfterEach
  void stop() {
    api.stop();
  }

  @Test
  void overHttpsTheCookieIsSecureAndCarriesTheSecurePrefix() {
    start("https://dbkeep.example", IdentityPolicy.defaults());

    var signUp =
        http.post(
            "/api/auth/sign-up/email",
            "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"password\":\"correct horse\"}");

    var cookie = signUp.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .startsWith("__Secure-dbkeep.session_token=")
        .contains("; Secure", "HttpOnly", "SameSite=Lax");
    var value = cookie.substring(0, cookie.indexOf(';'));
    var session = http.get("/api/auth/get-session", "Cookie", value);
    assertThat(json(session).get("user").get("email").asString()).isEqualTo("ada@example.com");
    // the plain name is not read over https
    var plain = value.replace("__Secure-", "");
    assertThat(http.get("/api/auth/get-session", "Cookie", plain).body()).isEqualTo("null");
  }

  @Test
  void anAuthBodyWhoseJsonTreePassesItsBudgetIs413NotAnExhaustedHeap() {
    start("http://localhost:8080", IdentityPolicy.defaults());
    // 2 MB of one-member objects: about 20 MB of tree unbounded, against a 1 MiB budget
    var body = new StringBuilder("{\"name\":\"Ada\",\"pad\":[");
    for (int i = 0; i < 250_000; i++) {
      body.append(i == 0 ? "" : ",").append("{\"a\":").append(i).append('}');
    }
    body.append("]}");

    var response = http.post("/api/auth/sign-up/email", body.toString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("PAYLOAD_TOO_LARGE");
  }

  @Test
  void aCookieWithABadSignatureIsIgnoredAndCleared() {
    start("http://localhost:8080", IdentityPolicy.defaults());
    var token =
        json(http.post(
                "/api/auth/sign-up/email",
                "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"password\":\"correct horse\"}"))
            .get("token")
            .asString();

    var forged =
        http.get("/api/auth/get-session", "Cookie", "dbkeep.session_token=" + token + ".AAAA");

    assertThat(forged.body()).isEqualTo("null");
    assertThat(forged.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
    var unsigned = http.get("/api/auth/get-session", "Cookie", "dbkeep.session_token=" + token);
    assertThat(unsigned.body()).isEqualTo("null");
  }

  @Test
  void registrationCanBeDisabled() {
    start(
        "http://localhost:8080", new IdentityPolicy(false, false, Set.of(), SessionPolicy.DEFAULT));

    var refused =
        http.post(
            "/api/auth/sign-up/email",
            "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"password\":\"correct horse\"}");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body())
        .isEqualTo(
            "{\"code\":\"REGISTRATION_DISABLED\",\"message\":\"Registration is disabled on this"
                + " instance\"}");
  }

  @Test
  void sessionRoutesWithoutASessionAnswer401InBetterAuthsShape() {
    start("http://localhost:8080", IdentityPolicy.defaults());

    for (var path : List.of("/api/auth/list-sessions", "/api/auth/admin/list-users")) {
      var response = http.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(json(response).get("code").asString()).isEqualTo("UNAUTHORIZED");
    }
    var update = http.post("/api/auth/update-user", "{\"name\":\"x\"}");
    assertThat(update.statusCode()).isEqualTo(401);
    assertThat(http.get("/api/auth/get-session").body()).isEqualTo("null");
  }
}
