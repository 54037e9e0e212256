package io.dbkeep.adapter.in.web.auth;

import io.dbkeep.adapter.in.web.caller.Caller;
import io.dbkeep.adapter.in.web.caller.CallerResolver;
import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.dbkeep.domain.user.UserId;
import io.javalin.http.Context;

/**
 * The caller of a project (or schema) route: the user of the request's session (bearer or signed
 * cookie); otherwise, with guest mode on, the shared guest user; otherwise 401 {@code
 * UNAUTHORIZED}. A bearer token that is not a live session is refused with 401 even in guest mode:
 * a client that meant to act as a user must not be served the shared guest's projects (a stale
 * cookie is cleared and the browser goes on as the guest). A banned user gets 403 {@code
 * BANNED_USER}. A state-changing request authenticated by cookie must come from a trusted origin
 * (403 {@code INVALID_ORIGIN}). Headers such as {@code x-workspace-id} are ignored: there is no
 * team model.
 */
public final class SessionCallerResolver implements CallerResolver {

  private final RequestSessions sessions;
  private final OriginCheck origins;
  private final boolean guestMode;
  private final Caller guest = new Caller(UserId.GUEST);

  SessionCallerResolver(RequestSessions sessions, OriginCheck origins, boolean guestMode) {
    this.sessions = sessions;
    this.origins = origins;
    this.guestMode = guestMode;
  }

  @Override
  public Caller resolve(Context ctx) {
    var resolved = sessions.resolve(ctx);
    if (resolved.session().isLeft()) {
      throw new ApiException(
          ApiError.of(403, "BANNED_USER", resolved.session().getLeft().message()));
    }
    var active = resolved.session().get();
    if (active.isDefined()) {
      if (resolved.presented().get().transport() == SessionCookies.Transport.COOKIE
          && OriginCheck.isStateChanging(ctx)
          && !origins.comesFromTrustedOrigin(ctx)) {
        throw new ApiException(
            ApiError.of(
                403,
                "INVALID_ORIGIN",
                "A cookie-authenticated change must come from a trusted origin (Origin or"
                    + " Referer)"));
      }
      return new Caller(active.get().user().id());
    }
    if (guestMode && !SessionCookies.presentsBearer(ctx)) {
      return guest;
    }
    throw new ApiException(ApiError.unauthorized());
  }
}
