package io.dbkeep.application.port.out.identity;

/**
 * Hears about sign-ins, e.g. to count them as metrics. Implementations must be fast and must not
 * throw; {@link #NONE} ignores everything.
 */
public interface AuthEvents {

  /** Ignores every event. */
  AuthEvents NONE =
      new AuthEvents() {
        @Override
        public void signInSucceeded(String method) {}

        @Override
        public void signInFailed(String method, String reason) {}
      };

  /**
   * Someone signed in.
   *
   * @param method {@code password}, {@code sign-up} or the OAuth provider id
   */
  void signInSucceeded(String method);

  /**
   * A sign-in was refused.
   *
   * @param method as for {@link #signInSucceeded}
   * @param reason the refusal's code, e.g. {@code INVALID_EMAIL_OR_PASSWORD}, {@code BANNED_USER}
   */
  void signInFailed(String method, String reason);
}
