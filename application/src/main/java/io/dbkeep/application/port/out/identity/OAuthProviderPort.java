package io.dbkeep.application.port.out.identity;

import io.dbkeep.domain.identity.ProviderTokens;
import io.vavr.control.Option;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The configured OAuth 2.0 / OpenID Connect providers: builds authorization requests (with state,
 * PKCE S256 and, for OIDC, a nonce) and exchanges an authorization code for the user's identity
 * (validating the ID token where there is one).
 */
public interface OAuthProviderPort {

  /** The ids of the configured providers, e.g. {@code github}, {@code google}, {@code keycloak}. */
  List<String> providerIds();

  /** Where to send the browser to sign in at {@code providerId}. */
  URI authorizationUri(String providerId, AuthorizationRequest request);

  /**
   * Redeems {@code code} and reads the user's identity.
   *
   * @throws OAuthExchangeException when the provider refuses or answers something unusable
   */
  ExternalIdentity exchange(String providerId, String code, AuthorizationRequest request);

  /** What an authorization request carries, and what the code exchange must repeat. */
  record AuthorizationRequest(String state, String codeVerifier, String nonce, URI redirectUri) {

    public AuthorizationRequest {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(codeVerifier, "codeVerifier");
      Objects.requireNonNull(nonce, "nonce");
      Objects.requireNonNull(redirectUri, "redirectUri");
    }

    @Override
    public String toString() {
      return "AuthorizationRequest[redirectUri=" + redirectUri + "]";
    }
  }

  /**
   * A user as a provider describes them.
   *
   * @param subject the provider's stable id of the user
   * @param email the email the provider shares, as given (none when it shares none)
   * @param emailVerified whether the provider asserts the email is verified
   */
  record ExternalIdentity(
      String subject,
      Option<String> email,
      boolean emailVerified,
      Option<String> name,
      Option<String> image,
      ProviderTokens tokens) {}
}
