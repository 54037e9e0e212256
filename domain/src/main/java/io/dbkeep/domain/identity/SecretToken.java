package io.dbkeep.domain.identity;

import java.util.Objects;

/**
 * A bearer secret handed to a client (a session token, a verification token, an OAuth state). Only
 * its {@link #hash()} is stored; {@link #toString()} never shows it.
 */
public record SecretToken(String value) {

  public SecretToken {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a token must not be empty");
    }
  }

  public TokenHash hash() {
    return TokenHash.of(value);
  }

  @Override
  public String toString() {
    return "SecretToken[****]";
  }
}
