package io.dbkeep.application.contract;

import static io.dbkeep.application.fake.OAuthUris.query;
import static io.dbkeep.application.fake.OAuthUris.s256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.application.port.out.identity.OAuthExchangeException;
import io.dbkeep.application.port.out.identity.OAuthProviderPort;
import io.dbkeep.application.port.out.identity.OAuthProviderPort.AuthorizationRequest;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OAuthProviderPort} promises social sign-in: the authorization URI carries the
 * state, the redirect URI and a PKCE S256 challenge of the verifier; a code the provider issued
 * yields the user's subject and email; a code that is not one, or a code redeemed with another
 * verifier, fails with {@link OAuthExchangeException} (never another exception); an unknown
 * provider is refused. Run against the fake of the web tests and the Nimbus adapter with
 * mock-oauth2-server.
 */
public abstract class OAuthProviderPortContract {

  /** The providers under test, one of which is {@link #providerId()}. */
  protected abstract OAuthProviderPort providers();

  protected abstract String providerId();

  /**
   * Has the provider's user {@code subject} (with {@code email}) approve the request the browser
   * was sent to at {@code authorizationUri}; returns the code the provider sends back.
   */
  protected abstract String approve(URI authorizationUri, String subject, String email);

  private static final URI CALLBACK = URI.create("http://127.0.0.1:9/api/auth/callback/contract");

  private static AuthorizationRequest request() {
    return new AuthorizationRequest(
        "state-" + UUID.randomUUID(),
        ("verifier-" + UUID.randomUUID() + UUID.randomUUID()).substring(0, 60),
        "nonce-" + UUID.randomUUID(),
        CALLBACK);
  }

  @Test
  void theProviderIsListed() {
    assertThat(providers().providerIds()).contains(providerId());
  }

  @Test
  void theAuthorizationUriCarriesTheStateTheRedirectAndAnS256ChallengeOfTheVerifier() {
    var request = request();

    var query = query(providers().authorizationUri(providerId(), request));

    assertThat(query)
        .containsEntry("response_type", "code")
        .containsEntry("state", request.state())
        .containsEntry("redirect_uri", CALLBACK.toString())
        .containsEntry("code_challenge_method", "S256")
        .containsEntry("code_challenge", s256(request.codeVerifier()))
        .containsKey("client_id");
    assertThat(query.values()).doesNotContain(request.codeVerifier());
  }

  @Test
  void anIssuedCodeYieldsTheSubjectAndTheEmail() {
    var request = request();
    var subject = "subject-" + UUID.randomUUID();
    var code =
        approve(providers().authorizationUri(providerId(), request), subject, "Ada@Example.com");

    var identity = providers().exchange(providerId(), code, request);

    assertThat(identity.subject()).isEqualTo(subject);
    assertThat(identity.email()).contains("Ada@Example.com");
    assertThat(identity.tokens().accessToken()).isNotEmpty();
  }

  @Test
  void aCodeTheProviderDidNotIssueFailsCleanly() {
    var request = request();
    providers().authorizationUri(providerId(), request);

    assertThatThrownBy(() -> providers().exchange(providerId(), "not-a-code", request))
        .isInstanceOf(OAuthExchangeException.class);
  }

  @Test
  void aCodeRedeemedWithAnotherVerifierFailsCleanly() {
    var request = request();
    var code = approve(providers().authorizationUri(providerId(), request), "sub-1", "a@b.test");
    var stolen =
        new AuthorizationRequest(
            request.state(), request().codeVerifier(), request.nonce(), request.redirectUri());

    assertThatThrownBy(() -> providers().exchange(providerId(), code, stolen))
        .isInstanceOf(OAuthExchangeException.class);
  }

  @Test
  void anUnknownProviderIsRefused() {
    assertThatThrownBy(() -> providers().authorizationUri("no-such-provider", request()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> providers().exchange("no-such-provider", "code", request()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
