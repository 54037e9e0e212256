package io.dbkeep.application.port.in.identity;

import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.SecretToken;
import io.dbkeep.domain.identity.Session;
import io.dbkeep.domain.user.User;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Finds the session a presented token belongs to. None for an unknown token or an expired session
 * (which is then deleted). A session due for renewal is renewed (sliding expiry). A banned user's
 * session is refused with {@code BANNED_USER}; an expired ban is lifted.
 */
public interface AuthenticateSessionQuery {

  Either<IdentityError, Option<ActiveSession>> authenticate(SecretToken token);

  /**
   * A valid session and its user.
   *
   * @param renewed whether this use renewed it (the client should get a fresh cookie)
   */
  record ActiveSession(Session session, User user, boolean renewed) {}
}
