package io.dbkeep.adapter.in.web.auth;

import io.dbkeep.domain.identity.IdentityError;

/** The HTTP form of every {@link IdentityError}; the switch is exhaustive, so none is missed. */
final class AuthErrors {

  private AuthErrors() {}

  static int status(IdentityError.Code code) {
    return switch (code) {
      case VALIDATION_ERROR,
          INVALID_EMAIL,
          PASSWORD_TOO_SHORT,
          PASSWORD_TOO_LONG,
          INVALID_PASSWORD,
          EMAIL_ALREADY_VERIFIED,
          EMAIL_CAN_NOT_BE_UPDATED,
          INVALID_TOKEN,
          SESSION_NOT_FOUND,
          YOU_CANNOT_BAN_YOURSELF,
          YOU_CANNOT_REMOVE_YOURSELF,
          STATE_MISMATCH,
          OAUTH_CODE_INVALID,
          EMAIL_NOT_FOUND,
          ACCOUNT_NOT_LINKED ->
          400;
      case INVALID_EMAIL_OR_PASSWORD, UNAUTHORIZED -> 401;
      case REGISTRATION_DISABLED, EMAIL_NOT_VERIFIED, BANNED_USER, NOT_ALLOWED, SIGNUP_DISABLED ->
          403;
      case USER_NOT_FOUND, PROVIDER_NOT_FOUND -> 404;
      case USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL -> 422;
    };
  }

  /** The {@code error} query value a browser is redirected with after a failed social sign-in. */
  static String redirectCode(IdentityError.Code code) {
    return switch (code) {
      case STATE_MISMATCH -> "state_mismatch";
      case OAUTH_CODE_INVALID -> "invalid_code";
      case EMAIL_NOT_FOUND -> "email_not_found";
      case ACCOUNT_NOT_LINKED -> "account_not_linked";
      case SIGNUP_DISABLED, REGISTRATION_DISABLED -> "signup_disabled";
      case BANNED_USER -> "banned";
      default -> code.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  static AuthApiException of(IdentityError error) {
    return new AuthApiException(status(error.code()), error.code().name(), error.message());
  }

  /** {@code NOT_ALLOWED} under the admin plugin's specific code, e.g. {@code …_LIST_USERS}. */
  static AuthApiException of(IdentityError error, String notAllowedCode, String notAllowedMessage) {
    if (error.code() == IdentityError.Code.NOT_ALLOWED) {
      return new AuthApiException(403, notAllowedCode, notAllowedMessage);
    }
    return of(error);
  }

  static AuthApiException unauthorized() {
    return new AuthApiException(401, "UNAUTHORIZED", "Unauthorized");
  }

  static AuthApiException invalid(String message) {
    return new AuthApiException(400, "VALIDATION_ERROR", message);
  }
}
