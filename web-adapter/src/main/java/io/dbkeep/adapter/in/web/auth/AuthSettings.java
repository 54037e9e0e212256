package io.dbkeep.adapter.in.web.auth;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How the HTTP side of identity behaves.
 *
 * @param baseUrl where clients reach this server ({@code BASE_URL}); its scheme decides whether
 *     cookies are {@code Secure} with the {@code __Secure-} prefix, and it prefixes mailed links
 * @param secret signs session cookies (HMAC-SHA256)
 * @param guestMode whether anonymous callers act as the shared guest user
 * @param trustedOrigins origins allowed to make cookie-authenticated state-changing requests and to
 *     be redirected to
 * @param trustProxyHeaders take the client IP from {@code X-Forwarded-For} (last entry)
 */
public record AuthSettings(
    URI baseUrl,
    String secret,
    boolean guestMode,
    Set<String> trustedOrigins,
    boolean trustProxyHeaders) {

  public AuthSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(secret, "secret");
    if (baseUrl.getScheme() == null || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("the base URL must be absolute");
    }
    if (secret.isEmpty()) {
      throw new IllegalArgumentException("the secret must not be empty");
    }
    trustedOrigins = Set.copyOf(trustedOrigins);
  }

  /** Whether cookies must be {@code Secure} (the base URL is https). */
  public boolean secureCookies() {
    return "https".equalsIgnoreCase(baseUrl.getScheme());
  }

  /** The base URL without a trailing slash. */
  public String base() {
    var text = baseUrl.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /** {@code scheme://host[:port]} of {@code uri}, lower-cased, default ports dropped. */
  public static String originOf(URI uri) {
    var scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    var port = uri.getPort();
    var defaultPort = scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
    return scheme
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (port == -1 || port == defaultPort ? "" : ":" + port);
  }

  @Override
  public String toString() {
    return "AuthSettings[baseUrl=" + baseUrl + ", guestMode=" + guestMode + "]";
  }
}
