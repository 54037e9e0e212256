package io.dbkeep.adapter.in.web.auth;

import io.dbkeep.application.port.in.identity.AuthenticateSessionQuery;
import io.dbkeep.application.port.in.identity.AuthenticateSessionQuery.ActiveSession;
import io.dbkeep.domain.identity.IdentityError;
import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * The session of a request, looked up once per request: the presented token (bearer or signed
 * cookie), its session when valid (renewed when due, with a fresh cookie), or the refusal of a
 * banned user. An invalid or expired cookie is cleared.
 */
final class RequestSessions {

  private static final String ATTRIBUTE = RequestSessions.class.getName();

  /** What a request carried. */
  record Resolved(
      Option<SessionCookies.Presented> presented,
      Either<IdentityError, Option<ActiveSession>> session) {}

  private final SessionCookies cookies;
  private final AuthenticateSessionQuery authenticate;

  RequestSessions(SessionCookies cookies, AuthenticateSessionQuery authenticate) {
    this.cookies = cookies;
    this.authenticate = authenticate;
  }

  SessionCookies cookies() {
    return cookies;
  }

  Resolved resolve(Context ctx) {
    Resolved cached = ctx.attribute(ATTRIBUTE);
    if (cached != null) {
      return cached;
    }
    var presented = cookies.read(ctx);
    Either<IdentityError, Option<ActiveSession>> session =
        presented.isEmpty()
            ? Either.right(Option.none())
            : authenticate.authenticate(presented.get().token());
    if (presented.isDefined() && presented.get().transport() == SessionCookies.Transport.COOKIE) {
      if (session.isRight() && session.get().isEmpty()) {
        cookies.clear(ctx);
      } else if (session.isRight() && session.get().get().renewed()) {
        var renewed = session.get().get().session();
        cookies.set(
            ctx,
            presented.get().token(),
            Option.of(Duration.between(renewed.updatedAt(), renewed.expiresAt())));
      }
    } else if (presented.isEmpty() && cookies.hasCookie(ctx)) {
      cookies.clear(ctx); // a cookie with a bad signature
    }
    var resolved = new Resolved(presented, session);
    ctx.attribute(ATTRIBUTE, resolved);
    return resolved;
  }

  /** Forgets the cached lookup (after the session changed during the request). */
  void forget(Context ctx) {
    ctx.attribute(ATTRIBUTE, null);
  }
}
