package io.dbkeep.domain.identity;

import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in session of a user. The token itself is never kept, only its {@link TokenHash}.
 *
 * <p>Immutable. Invariants: {@code createdAt <= updatedAt < expiresAt}. A session is expired from
 * {@code expiresAt} on; {@link #renewedAt} slides its expiry when it is due.
 */
public record Session(
    String id,
    TokenHash tokenHash,
    UserId userId,
    Instant expiresAt,
    Instant createdAt,
    Instant updatedAt,
    Option<String> ipAddress,
    Option<String> userAgent) {

  /** Longest user agent kept (longer ones are cut). */
  public static final int MAX_USER_AGENT_LENGTH = 512;

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(ipAddress, "ipAddress");
    Objects.requireNonNull(userAgent, "userAgent");
    if (updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("updatedAt must not be before createdAt");
    }
  }

  /** A new session for {@code userId} whose token hashes to {@code tokenHash}. */
  public static Session start(
      String id,
      TokenHash tokenHash,
      UserId userId,
      boolean rememberMe,
      SessionPolicy policy,
      Instant now,
      Option<String> ipAddress,
      Option<String> userAgent) {
    var lifetime = rememberMe ? policy.expiresIn() : policy.shortLived();
    return new Session(
        id,
        tokenHash,
        userId,
        now.plus(lifetime),
        now,
        now,
        ipAddress,
        userAgent.map(
            agent ->
                agent.length() > MAX_USER_AGENT_LENGTH
                    ? agent.substring(0, MAX_USER_AGENT_LENGTH)
                    : agent));
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** Whether a use at {@code now} should slide the expiry: the last renewal is old enough. */
  public boolean isDueForRenewalAt(Instant now, SessionPolicy policy) {
    return !isExpiredAt(now) && !now.isBefore(updatedAt.plus(policy.updateAge()));
  }

  /** The session renewed at {@code now}: it expires {@code expiresIn} later. */
  public Session renewedAt(Instant now, SessionPolicy policy) {
    return new Session(
        id, tokenHash, userId, now.plus(policy.expiresIn()), createdAt, now, ipAddress, userAgent);
  }
}
