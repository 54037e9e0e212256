package io.dbkeep.adapter.in.web.auth;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery defence. A state-changing request that a browser could send with our
 * cookie must come from a trusted origin, named by {@code Origin} or else {@code Referer}. (Where a
 * browser may be sent is {@link RedirectTargets}' decision.)
 */
final class OriginCheck {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final Set<String> trusted;

  OriginCheck(AuthSettings settings) {
    this.trusted = settings.trustedOrigins();
  }

  static boolean isStateChanging(Context ctx) {
    return !SAFE_METHODS.contains(ctx.method().name().toUpperCase(Locale.ROOT));
  }

  /** Whether the request names a trusted origin (Origin, else Referer). */
  boolean comesFromTrustedOrigin(Context ctx) {
    var origin = ctx.header("Origin");
    if (origin != null && !origin.isBlank() && !origin.equals("null")) {
      return isTrusted(origin);
    }
    var referer = ctx.header("Referer");
    return referer != null && isTrusted(referer);
  }

  /** Whether the request names any origin at all. */
  static boolean namesAnOrigin(Context ctx) {
    return ctx.header("Origin") != null || ctx.header("Referer") != null;
  }

  private boolean isTrusted(String url) {
    try {
      var uri = new URI(url.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return false;
      }
      return trusted.contains(AuthSettings.originOf(uri));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
