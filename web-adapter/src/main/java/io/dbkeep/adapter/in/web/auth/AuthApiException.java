package io.dbkeep.adapter.in.web.auth;

/**
 * Ends a request under {@code /api/auth} with Better Auth's error shape {@code {"code","message"}}.
 */
final class AuthApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final long retryAfterSeconds;

  AuthApiException(int status, String code, String message) {
    this(status, code, message, 0);
  }

  AuthApiException(int status, String code, String message, long retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Seconds to wait before retrying (429), else 0. */
  long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  /** The body of an error answer. */
  record Body(String code, String message) {}

  Body body() {
    return new Body(code, getMessage());
  }
}
