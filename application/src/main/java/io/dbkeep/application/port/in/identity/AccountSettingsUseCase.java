package io.dbkeep.application.port.in.identity;

import io.dbkeep.domain.identity.ClientInfo;
import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** A signed-in user changes their own name, image or password. */
public interface AccountSettingsUseCase {

  /**
   * Changes the name and/or image ({@code image} some(none) clears it).
   *
   * @return the changed user; {@code VALIDATION_ERROR} for a blank or overlong value
   */
  Either<IdentityError, User> updateUser(
      UserId user, Option<String> name, Option<Option<String>> image);

  /**
   * Changes the password after checking the current one ({@code INVALID_PASSWORD} otherwise). With
   * {@code revokeOtherSessions}, every session ends and a new one starts, which is returned.
   */
  Either<IdentityError, Changed> changePassword(
      UserId user,
      String currentPassword,
      String newPassword,
      boolean revokeOtherSessions,
      ClientInfo client);

  /** The user after a password change, and the new session when the others were revoked. */
  record Changed(User user, Option<SignUpUseCase.StartedSession> newSession) {}
}
