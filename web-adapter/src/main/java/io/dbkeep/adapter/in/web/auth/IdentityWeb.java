package io.dbkeep.adapter.in.web.auth;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.caller.CallerResolver;
import io.dbkeep.application.port.in.ratelimit.RateLimitUseCase;
import io.dbkeep.json.JsonCodec;

/**
 * The HTTP side of identity, assembled: the {@code /api/auth} routes (Better Auth's contract) and
 * the session-aware {@link CallerResolver} every project route asks.
 */
public final class IdentityWeb {

  private final SessionCallerResolver callers;
  private final AuthRoutes routes;

  /**
   * @param rateLimits counts the attempts at the guarded routes (shared by every instance when its
   *     store is)
   */
  public IdentityWeb(
      AuthSettings settings,
      JsonCodec codec,
      IdentityUseCases useCases,
      RateLimitUseCase rateLimits) {
    var cookies = new SessionCookies(settings);
    var sessions = new RequestSessions(cookies, useCases.authenticate());
    var origins = new OriginCheck(settings);
    this.callers = new SessionCallerResolver(sessions, origins, settings.guestMode());
    var requests = new AuthRequests(settings, codec, useCases, sessions, rateLimits);
    this.routes = new AuthRoutes(requests, origins);
  }

  public CallerResolver callerResolver() {
    return callers;
  }

  public WebRoutes routes() {
    return routes;
  }
}
