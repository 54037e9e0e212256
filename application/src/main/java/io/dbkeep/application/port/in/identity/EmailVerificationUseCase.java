package io.dbkeep.application.port.in.identity;

import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.LinkTemplate;
import io.dbkeep.domain.identity.SecretToken;
import io.dbkeep.domain.user.User;
import io.vavr.control.Either;

/**
 * Email verification by mail. Sending answers the same for unknown and already verified addresses
 * (no account enumeration). A token works once, for one hour.
 */
public interface EmailVerificationUseCase {

  /** Mails a verification link to {@code email} if it has an unverified account. */
  void sendVerificationEmail(String email, LinkTemplate link);

  /** Marks the token's user verified; {@code INVALID_TOKEN} when unusable. */
  Either<IdentityError, User> verifyEmail(SecretToken token);
}
