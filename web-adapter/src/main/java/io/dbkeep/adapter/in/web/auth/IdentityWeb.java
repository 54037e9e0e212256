package io.dbkeep.adapter.in.web.auth;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.caller.CallerResolver;
import io.dbkeep.json.JsonCodec;

/**
 * The HTTP side of identity, assembled: the {@code /api/auth} routes (Better Auth's contract) and
 * the session-aware {@link CallerResolver} every project route asks.
 */
public final class IdentityWeb {

  private final SessionCallerResolver callers;
  private final AuthRoutes routes;

  public IdentityWeb(AuthSettings settings, JsonCodec codec, IdentityUseCases useCases) {
    var cookies = new SessionCookies(settings);
    var sessions = new RequestSessions(cookies, useCases.authenticate());
    var origins = new OriginCheck(settings);
    this.callers = new SessionCallerResolver(sessions, origins, settings.guestMode());
    var requests =
        new AuthRequests(
            settings,
            codec,
            useCases,
            sessions,
            new RateLimits(settings.rateLimit(), settings.rateLimitWindow()));
    this.routes = new AuthRoutes(requests, origins);
  }

  public CallerResolver callerResolver() {
    return callers;
  }

  public WebRoutes routes() {
    return routes;
  }
}
