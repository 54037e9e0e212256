package io.dbkeep.domain.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A pending single-use proof (password reset, email verification, OAuth state). {@code identifier}
 * is {@code <purpose>:<hash of the token>} — the token itself is never stored — and {@code value}
 * what the proof is about (a user id, or the state of a sign-in in progress).
 *
 * <p>Immutable. Expired from {@code expiresAt} on.
 */
public record Verification(
    String id,
    String identifier,
    String value,
    Instant expiresAt,
    Instant createdAt,
    Instant updatedAt) {

  public Verification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** The identifier under which a token for {@code purpose} is stored. */
  public static String identifier(VerificationPurpose purpose, SecretToken token) {
    return purpose.prefix() + ":" + token.hash().hex();
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
