package io.dbkeep.domain.identity;

import java.time.Duration;

/** What a {@link Verification} proves, with how long its token is valid. */
public enum VerificationPurpose {
  PASSWORD_RESET("reset-password", Duration.ofHours(1)),
  EMAIL_VERIFICATION("email-verification", Duration.ofHours(1)),
  OAUTH_STATE("oauth-state", Duration.ofMinutes(10));

  private final String prefix;
  private final Duration validFor;

  VerificationPurpose(String prefix, Duration validFor) {
    this.prefix = prefix;
    this.validFor = validFor;
  }

  public String prefix() {
    return prefix;
  }

  public Duration validFor() {
    return validFor;
  }
}
