package io.dbkeep.application.port.in.identity;

import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.SecretToken;
import io.dbkeep.domain.identity.Session;
import io.dbkeep.domain.user.User;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Registers a user with a password. Refused when registration is disabled, the email is taken or
 * malformed, or the password breaks the length rules. When email verification is required, a
 * verification mail is sent and no session starts; otherwise a session starts.
 */
public interface SignUpUseCase {

  Either<IdentityError, SignedUp> signUp(SignUpCommand command);

  /** The new user, and its session unless email verification is required. */
  record SignedUp(User user, Option<StartedSession> session) {}

  /** A session just started, with the token to hand to the client (shown only now). */
  record StartedSession(Session session, SecretToken token) {}
}
