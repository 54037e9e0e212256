package io.dbkeep.application.fake;

import io.dbkeep.application.port.out.identity.OAuthExchangeException;
import io.dbkeep.application.port.out.identity.OAuthProviderPort;
import io.dbkeep.domain.identity.ProviderTokens;
import io.vavr.control.Option;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Providers that live in the test: {@link #approve} plays the user consenting at the provider and
 * hands back a one-time code bound to the request's PKCE challenge and redirect URI, which {@link
 * #exchange} redeems for the identity. Keeps the promises of {@code OAuthProviderPortContract}.
 */
public final class FakeOAuthProviders implements OAuthProviderPort {

  private static final URI AUTHORIZE = URI.create("https://idp.test/authorize");

  private final List<String> ids;
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();

  private record Grant(
      String providerId, String challenge, String redirectUri, String subject, String email) {}

  public FakeOAuthProviders(String... providerIds) {
    this.ids = List.of(providerIds);
  }

  /** No provider configured. */
  public static FakeOAuthProviders none() {
    return new FakeOAuthProviders();
  }

  @Override
  public List<String> providerIds() {
    return ids;
  }

  @Override
  public URI authorizationUri(String providerId, AuthorizationRequest request) {
    known(providerId);
    return URI.create(
        AUTHORIZE
            + "?response_type=code&client_id="
            + encode(providerId + "-client")
            + "&redirect_uri="
            + encode(request.redirectUri().toString())
            + "&state="
            + encode(request.state())
            + "&nonce="
            + encode(request.nonce())
            + "&code_challenge_method=S256&code_challenge="
            + encode(OAuthUris.s256(request.codeVerifier()))
            + "&provider="
            + encode(providerId));
  }

  /**
   * The user {@code subject} consents at the provider the browser was sent to; returns the code.
   */
  public String approve(URI authorizationUri, String subject, String email) {
    var query = OAuthUris.query(authorizationUri);
    var code = UUID.randomUUID().toString();
    codes.put(
        code,
        new Grant(
            query.get("provider"),
            query.get("code_challenge"),
            query.get("redirect_uri"),
            subject,
            email));
    return code;
  }

  @Override
  public ExternalIdentity exchange(String providerId, String code, AuthorizationRequest request) {
    known(providerId);
    var grant = codes.remove(code);
    if (grant == null || !grant.providerId().equals(providerId)) {
      throw new OAuthExchangeException(providerId + " refused the code: invalid_grant", null);
    }
    if (!grant.challenge().equals(OAuthUris.s256(request.codeVerifier()))
        || !grant.redirectUri().equals(request.redirectUri().toString())) {
      throw new OAuthExchangeException(
          providerId + " refused the code: the verifier or redirect URI differs", null);
    }
    return new ExternalIdentity(
        grant.subject(),
        Option.of(grant.email()),
        true,
        Option.none(),
        Option.none(),
        new ProviderTokens(
            Option.of("access-" + code),
            Option.none(),
            Option.none(),
            Option.none(),
            Option.none(),
            Option.none()));
  }

  private void known(String providerId) {
    if (!ids.contains(Objects.requireNonNull(providerId, "providerId"))) {
      throw new IllegalArgumentException("no provider " + providerId);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
