package io.dbkeep.application.port.in.identity;

import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.user.User;
import io.vavr.control.Either;

/**
 * Signs in with email and password. An unknown email and a wrong password get the same refusal
 * ({@code INVALID_EMAIL_OR_PASSWORD}) in comparable time. A banned user gets {@code BANNED_USER}
 * (an expired ban is lifted instead); an unverified email gets {@code EMAIL_NOT_VERIFIED} when
 * verification is required. A password stored in an older format is rehashed on success.
 */
public interface SignInUseCase {

  Either<IdentityError, SignedIn> signIn(SignInCommand command);

  /** The signed-in user and the session that started. */
  record SignedIn(User user, SignUpUseCase.StartedSession session) {}
}
