package io.dbkeep.adapter.out.oauth;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One configured provider.
 *
 * @param id the provider id in URLs and the {@code account} table ({@code github}, {@code google},
 *     or a name chosen for an OIDC issuer)
 * @param kind how to talk to it
 * @param clientId the client id registered at the provider
 * @param clientSecret its secret
 * @param location for {@link Kind#OIDC}, the discovery document URL ({@code
 *     …/.well-known/openid-configuration}); for {@link Kind#GITHUB}, the web base URL ({@code
 *     https://github.com}, or a GitHub Enterprise server)
 * @param apiLocation for {@link Kind#GITHUB}, the REST API base URL ({@code
 *     https://api.github.com}); ignored for OIDC
 * @param scopes the scopes to ask for
 */
public record OAuthProviderSettings(
    String id,
    Kind kind,
    String clientId,
    String clientSecret,
    URI location,
    URI apiLocation,
    List<String> scopes) {

  /** The protocols spoken. */
  public enum Kind {
    /** OpenID Connect, configured by discovery; the ID token is validated. */
    OIDC,
    /** GitHub's OAuth apps: OAuth 2.0 plus the REST API for the profile and verified emails. */
    GITHUB
  }

  public OAuthProviderSettings {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(location, "location");
    scopes = List.copyOf(scopes);
    if (!id.matches("[a-z0-9][a-z0-9_-]{0,31}")) {
      throw new IllegalArgumentException(
          "a provider id is 1-32 lower-case letters, digits, '-' or '_': " + id);
    }
  }

  /** GitHub.com with the scopes that give the profile and the verified emails. */
  public static OAuthProviderSettings github(String clientId, String clientSecret) {
    return new OAuthProviderSettings(
        "github",
        Kind.GITHUB,
        clientId,
        clientSecret,
        URI.create("https://github.com"),
        URI.create("https://api.github.com"),
        List.of("read:user", "user:email"));
  }

  /** Google, an OIDC issuer. */
  public static OAuthProviderSettings google(String clientId, String clientSecret) {
    return oidc(
        "google",
        clientId,
        clientSecret,
        URI.create("https://accounts.google.com/.well-known/openid-configuration"));
  }

  /** Any OpenID Connect issuer by its discovery document. */
  public static OAuthProviderSettings oidc(
      String id, String clientId, String clientSecret, URI discovery) {
    return new OAuthProviderSettings(
        id,
        Kind.OIDC,
        clientId,
        clientSecret,
        discovery,
        null,
        List.of("openid", "email", "profile"));
  }

  @Override
  public String toString() {
    return "OAuthProviderSettings[" + id + ", " + kind + ", " + location + "]";
  }
}
