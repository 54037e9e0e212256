package io.dbkeep.application.port.in.identity;

import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.LinkTemplate;
import io.dbkeep.domain.identity.SecretToken;
import io.vavr.control.Either;

/**
 * Password reset by mail. Requesting a reset answers the same whether or not the email has an
 * account. A reset token works once, for one hour; using it sets the password and revokes every
 * session of the user.
 */
public interface PasswordResetUseCase {

  /** Mails a reset link to {@code email} if it has an account; otherwise does nothing. */
  void requestPasswordReset(String email, LinkTemplate link);

  /** Whether {@code token} is a live reset token (without using it). */
  boolean isResetTokenValid(SecretToken token);

  /** Sets the new password of the token's user; {@code INVALID_TOKEN} when unusable. */
  Either<IdentityError, Void> resetPassword(SecretToken token, String newPassword);
}
