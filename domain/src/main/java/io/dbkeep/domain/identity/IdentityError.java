package io.dbkeep.domain.identity;

import java.util.Objects;

/**
 * Why an identity operation was refused. A business outcome, not an exception. The codes are Better
 * Auth's where it has one, so clients written for it understand them.
 *
 * @param code what kind of refusal this is; adapters switch over it exhaustively
 * @param message a sentence for people
 */
public record IdentityError(Code code, String message) {

  /** The kinds of refusal, each with its default message. */
  public enum Code {
    VALIDATION_ERROR("The request is not valid"),
    INVALID_EMAIL("Invalid email"),
    PASSWORD_TOO_SHORT("Password too short"),
    PASSWORD_TOO_LONG("Password too long"),
    USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL("User already exists. Use another email."),
    REGISTRATION_DISABLED("Registration is disabled on this instance"),
    INVALID_EMAIL_OR_PASSWORD("Invalid email or password"),
    INVALID_PASSWORD("Invalid password"),
    EMAIL_NOT_VERIFIED("Email not verified"),
    EMAIL_ALREADY_VERIFIED("Email is already verified"),
    EMAIL_CAN_NOT_BE_UPDATED("Email can not be updated"),
    BANNED_USER(
        "You have been banned from this application. Please contact support if you believe this"
            + " is an error."),
    INVALID_TOKEN("Invalid token"),
    UNAUTHORIZED("Unauthorized"),
    SESSION_NOT_FOUND("Session not found"),
    USER_NOT_FOUND("User not found"),
    NOT_ALLOWED("You are not allowed to do this"),
    YOU_CANNOT_BAN_YOURSELF("You cannot ban yourself"),
    YOU_CANNOT_REMOVE_YOURSELF("You cannot remove yourself"),
    PROVIDER_NOT_FOUND("Provider not found"),
    STATE_MISMATCH("The sign-in state is missing, expired or does not match; start again"),
    OAUTH_CODE_INVALID("The provider refused the authorization code"),
    EMAIL_NOT_FOUND("The provider did not share an email address"),
    ACCOUNT_NOT_LINKED(
        "An account with this email exists; it can be linked only when both sides have verified"
            + " the email"),
    SIGNUP_DISABLED("Registration is disabled on this instance");

    private final String defaultMessage;

    Code(String defaultMessage) {
      this.defaultMessage = defaultMessage;
    }

    public String defaultMessage() {
      return defaultMessage;
    }
  }

  public IdentityError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  public static IdentityError of(Code code) {
    return new IdentityError(code, code.defaultMessage());
  }

  public static IdentityError of(Code code, String message) {
    return new IdentityError(code, message);
  }
}
