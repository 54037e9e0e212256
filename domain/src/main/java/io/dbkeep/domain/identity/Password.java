package io.dbkeep.domain.identity;

import io.vavr.control.Either;
import java.util.Objects;

/**
 * A password as a person typed it: 8 to 128 characters. Never printed ({@link #toString()} masks
 * it); only a {@link PasswordHash} is ever stored.
 */
public final class Password {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;

  private final String value;

  private Password(String value) {
    this.value = value;
  }

  /** Checks the length rules; the refusal names which one failed. */
  public static Either<IdentityError, Password> of(String raw) {
    if (raw == null || raw.length() < MIN_LENGTH) {
      return Either.left(IdentityError.of(IdentityError.Code.PASSWORD_TOO_SHORT));
    }
    if (raw.length() > MAX_LENGTH) {
      return Either.left(IdentityError.of(IdentityError.Code.PASSWORD_TOO_LONG));
    }
    return Either.right(new Password(raw));
  }

  /**
   * A password as given, without the length rules: for checking a password someone presents against
   * a stored hash (a stored password may predate the rules).
   */
  public static Password presented(String raw) {
    return new Password(Objects.requireNonNull(raw, "raw"));
  }

  /** The characters, for a hasher only. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "Password[****]";
  }
}
