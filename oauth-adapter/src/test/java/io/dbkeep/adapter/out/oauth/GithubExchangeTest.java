package io.dbkeep.adapter.out.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dbkeep.application.port.out.identity.OAuthExchangeException;
import io.dbkeep.application.port.out.identity.OAuthProviderPort.AuthorizationRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GitHub's flavour of OAuth against a stand-in for github.com and api.github.com (the JDK's HTTP
 * server in the test): the code is redeemed with the PKCE verifier and client credentials, then the
 * profile and the primary verified email are read from the REST API.
 */
class GithubExchangeTest {

  private HttpServer github;
  private final Map<String, String> seen = new ConcurrentHashMap<>();
  private NimbusOAuthProviders providers;
  private volatile String emails =
      "[{\"email\":\"old@example.com\",\"primary\":false,\"verified\":true},"
          + "{\"email\":\"Octo@Example.com\",\"primary\":true,\"verified\":true}]";

  @BeforeEach
  void start() throws IOException {
    github = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    github.createContext(
        "/login/oauth/access_token",
        exchange -> {
          seen.put(
              "tokenBody",
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          seen.put("tokenAuth", exchange.getRequestHeaders().getFirst("Authorization"));
          seen.put("tokenAccept", exchange.getRequestHeaders().getFirst("Accept"));
          var body = seen.get("tokenBody");
          if (body.contains("code=good")) {
            respond(
                exchange,
                200,
                "{\"access_token\":\"gho_abc\",\"token_type\":\"bearer\",\"scope\":\"read:user,user:email\"}");
          } else {
            respond(exchange, 400, "{\"error\":\"bad_verification_code\"}");
          }
        });
    github.createContext(
        "/user/emails",
        exchange -> {
          seen.put("emailsAuth", exchange.getRequestHeaders().getFirst("Authorization"));
          respond(exchange, 200, emails);
        });
    github.createContext(
        "/user",
        exchange ->
            respond(
                exchange,
                200,
                "{\"id\":583231,\"login\":\"octocat\",\"name\":null,"
                    + "\"avatar_url\":\"https://avatars.example/u/583231\"}"));
    github.start();
    var base = URI.create("http://127.0.0.1:" + github.getAddress().getPort());
    providers =
        new NimbusOAuthProviders(
            List.of(
                new OAuthProviderSettings(
                    "github",
                    OAuthProviderSettings.Kind.GITHUB,
                    "gh-client",
                    "gh-secret",
                    base,
                    base,
                    List.of("read:user", "user:email"))),
            Duration.ofSeconds(5),
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    github.stop(0);
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    var bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static AuthorizationRequest request() {
    return new AuthorizationRequest(
        "state-1", "v".repeat(43), "nonce", URI.create("http://app.test/api/auth/callback/github"));
  }

  @Test
  void theAuthorizationUrlCarriesStateScopesAndAPkceChallenge() {
    var uri = providers.authorizationUri("github", request()).toString();

    assertThat(uri)
        .contains("/login/oauth/authorize?")
        .contains("client_id=gh-client", "state=state-1", "code_challenge_method=S256")
        .contains("redirect_uri=http%3A%2F%2Fapp.test%2Fapi%2Fauth%2Fcallback%2Fgithub");
  }

  @Test
  void theCodeIsRedeemedAndThePrimaryVerifiedEmailRead() {
    var identity = providers.exchange("github", "good", request());

    assertThat(identity.subject()).isEqualTo("583231");
    assertThat(identity.email()).contains("Octo@Example.com");
    assertThat(identity.emailVerified()).isTrue();
    assertThat(identity.name()).contains("octocat");
    assertThat(identity.image()).contains("https://avatars.example/u/583231");
    assertThat(identity.tokens().accessToken()).contains("gho_abc");
    assertThat(seen.get("tokenBody")).contains("code_verifier=" + "v".repeat(43));
    assertThat(seen.get("tokenAuth")).startsWith("Basic ");
    assertThat(seen.get("tokenAccept")).isEqualTo("application/json");
    assertThat(seen.get("emailsAuth")).isEqualTo("Bearer gho_abc");
  }

  @Test
  void anUnverifiedPrimaryEmailIsReportedAsUnverified() {
    emails = "[{\"email\":\"octo@example.com\",\"primary\":true,\"verified\":false}]";

    assertThat(providers.exchange("github", "good", request()).emailVerified()).isFalse();
  }

  @Test
  void aRefusedCodeIsAnExchangeFailure() {
    assertThatThrownBy(() -> providers.exchange("github", "bad", request()))
        .isInstanceOf(OAuthExchangeException.class)
        .hasMessageContaining("bad_verification_code");
  }
}
