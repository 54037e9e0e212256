package io.dbkeep.adapter.in.web.auth;

import static io.dbkeep.adapter.in.web.auth.AuthRequests.PREFIX;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code /api/auth/*}: Better Auth's HTTP contract (email and password, sessions, password reset,
 * email verification, social sign-in, the admin plugin, the bearer plugin's {@code
 * set-auth-token}), so clients written for it — including Better Auth's own JavaScript client —
 * work unchanged. Errors use Better Auth's shape {@code {"code","message"}}. This class mounts the
 * error mapping and the CSRF check; the routes live in one controller per concern over the shared
 * {@link AuthRequests}.
 */
final class AuthRoutes implements WebRoutes {

  private final SessionCookies cookies;
  private final OriginCheck origins;
  private final java.util.List<WebRoutes> controllers;

  AuthRoutes(AuthRequests http, OriginCheck origins) {
    this.cookies = http.cookies;
    this.origins = origins;
    this.controllers =
        java.util.List.of(
            new SessionController(http),
            new PasswordController(http),
            new EmailVerificationController(http),
            new SocialSignInController(http),
            new AdminController(http));
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.exception(
        AuthApiException.class,
        (e, ctx) -> {
          if (e.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            ctx.header("X-Retry-After", Long.toString(e.retryAfterSeconds()));
          }
          ctx.status(e.status()).json(e.body());
        });
    routes.before(PREFIX + "/*", this::checkOrigin);
    controllers.forEach(controller -> controller.addTo(routes));
    routes.get(PREFIX + "/ok", ctx -> ctx.json(new Ok(true)));
  }

  /** {@code /ok}. */
  record Ok(boolean ok) {}

  // --- CSRF -----------------------------------------------------------------------------------

  /**
   * A state-changing auth request that carries our cookie, or names an origin (a browser), must
   * come from a trusted origin. The provider's form-post callback is exempt (it carries a state).
   */
  private void checkOrigin(Context ctx) {
    if (!OriginCheck.isStateChanging(ctx) || ctx.path().startsWith(PREFIX + "/callback/")) {
      return;
    }
    if ((cookies.hasCookie(ctx) || OriginCheck.namesAnOrigin(ctx))
        && !origins.comesFromTrustedOrigin(ctx)) {
      throw new AuthApiException(
          403,
          OriginCheck.namesAnOrigin(ctx) ? "INVALID_ORIGIN" : "MISSING_OR_NULL_ORIGIN",
          OriginCheck.namesAnOrigin(ctx) ? "Invalid origin" : "Missing or null Origin");
    }
  }
}
