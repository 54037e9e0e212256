package io.dbkeep.adapter.out.oauth;

import static io.dbkeep.application.fake.OAuthUris.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.application.contract.OAuthProviderPortContract;
import io.dbkeep.application.port.out.identity.OAuthExchangeException;
import io.dbkeep.application.port.out.identity.OAuthProviderPort;
import io.dbkeep.application.port.out.identity.OAuthProviderPort.AuthorizationRequest;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The authorization-code flow with PKCE against mock-oauth2-server running in the test as an OpenID
 * Connect provider: the port's promises ({@link OAuthProviderPortContract}, approving being
 * following the authorization URI as a browser would) and the ID token's checks.
 */
class NimbusOAuthProvidersTest extends OAuthProviderPortContract {

  private static final String ISSUER = "idp";
  private static final String CLIENT = "dbkeep-client";
  private static final URI CALLBACK = URI.create("http://127.0.0.1:9/api/auth/callback/acme");

  private MockOAuth2Server server;
  private NimbusOAuthProviders providers;
  private final HttpClient browser =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void start() throws Exception {
    server = new MockOAuth2Server();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    providers =
        new NimbusOAuthProviders(
            List.of(
                OAuthProviderSettings.oidc(
                    "acme", CLIENT, "secret", server.wellKnownUrl(ISSUER).uri())),
            // the provider's own timeout, not an assertion: generous so a loaded machine's cold
            // discovery, token and key requests are not cut off
            Duration.ofSeconds(30),
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    server.shutdown();
  }

  @Override
  protected OAuthProviderPort providers() {
    return providers;
  }

  @Override
  protected String providerId() {
    return "acme";
  }

  @Override
  protected String approve(URI authorizationUri, String subject, String email) {
    server.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            ISSUER,
            subject,
            "JWT",
            List.of(CLIENT),
            Map.of("email", email, "email_verified", true),
            3600));
    try {
      return query(follow(authorizationUri)).get("code");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theCodeIsExchangedWithPkceAndTheIdTokenValidated() throws Exception {
    server.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            ISSUER,
            "subject-42",
            "JWT",
            List.of(CLIENT),
            Map.of("email", "Ada@Example.com", "email_verified", true, "name", "Ada"),
            3600));
    var request = new AuthorizationRequest("state-1", "v".repeat(43), "nonce-1", CALLBACK);

    var authorize = providers.authorizationUri("acme", request);
    var query = query(authorize);
    assertThat(query).containsEntry("code_challenge_method", "S256").containsKey("code_challenge");
    assertThat(query).containsEntry("state", "state-1").containsEntry("nonce", "nonce-1");
    var redirect = query(follow(authorize));
    assertThat(redirect).containsEntry("state", "state-1");

    var identity = providers.exchange("acme", redirect.get("code"), request);

    assertThat(identity.subject()).isEqualTo("subject-42");
    assertThat(identity.email()).contains("Ada@Example.com");
    assertThat(identity.emailVerified()).isTrue();
    assertThat(identity.name()).contains("Ada");
    assertThat(identity.tokens().idToken()).isNotEmpty();
    assertThat(identity.tokens().accessToken()).isNotEmpty();
  }

  @Test
  void aWrongCodeVerifierIsRefused() throws Exception {
    var request = new AuthorizationRequest("state-2", "v".repeat(43), "nonce-2", CALLBACK);
    var code = query(follow(providers.authorizationUri("acme", request))).get("code");

    assertThatThrownBy(
            () ->
                providers.exchange(
                    "acme",
                    code,
                    new AuthorizationRequest("state-2", "w".repeat(43), "nonce-2", CALLBACK)))
        .isInstanceOf(OAuthExchangeException.class);
  }

  @Test
  void anIdTokenForAnotherNonceIsRefused() throws Exception {
    var request = new AuthorizationRequest("state-3", "v".repeat(43), "nonce-3", CALLBACK);
    var code = query(follow(providers.authorizationUri("acme", request))).get("code");

    assertThatThrownBy(
            () ->
                providers.exchange(
                    "acme",
                    code,
                    new AuthorizationRequest("state-3", "v".repeat(43), "other-nonce", CALLBACK)))
        .isInstanceOf(OAuthExchangeException.class)
        .hasMessageContaining("ID token");
  }

  private URI follow(URI authorize) throws Exception {
    var response =
        browser.send(
            HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(302);
    return URI.create(response.headers().firstValue("Location").orElseThrow());
  }
}
