package io.dbkeep.application.port.in.identity;

import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.user.User;
import io.vavr.control.Either;

/** Gets an instance its first administrators (from the command line and {@code ADMIN_EMAILS}). */
public interface BootstrapAdminsUseCase {

  /**
   * Creates a verified administrator with a password; when the email already has an account, that
   * account is promoted instead (its password unchanged) and {@code created} is false.
   */
  Either<IdentityError, Outcome> createAdmin(String name, String email, String password);

  /**
   * Promotes the existing accounts of the policy's admin emails whose email is verified; how many
   * changed. An unverified account stays a user until its owner follows the verification link.
   */
  int promoteConfiguredAdmins();

  /** The administrator, and whether it was created (else promoted or already admin). */
  record Outcome(User user, boolean created) {}
}
