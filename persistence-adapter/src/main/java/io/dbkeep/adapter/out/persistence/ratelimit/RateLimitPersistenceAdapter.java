package io.dbkeep.adapter.out.persistence.ratelimit;

import io.dbkeep.adapter.out.persistence.transaction.JpaUnitOfWork;
import io.dbkeep.application.port.out.ratelimit.RateLimitPort;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.Session;

/**
 * {@link RateLimitPort} on the {@code rate_limit_bucket} table: one call of the migration's {@code
 * dbkeep_take_token} function per request (insert the bucket when new, lock its row, refill, take)
 * keyed by the SHA-256 of the key, so every instance on the database counts in the same buckets
 * (ADR 0109).
 */
public final class RateLimitPersistenceAdapter implements RateLimitPort {

  private final JpaUnitOfWork unitOfWork;

  public RateLimitPersistenceAdapter(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Duration tryConsume(String key, Limit limit, Instant now) {
    var seconds =
        unitOfWork
            .currentEntityManager()
            .unwrap(Session.class)
            .doReturningWork(
                connection -> {
                  try (var statement =
                      connection.prepareStatement("select dbkeep_take_token(?, ?, ?, ?)")) {
                    statement.setBytes(1, sha256(key));
                    statement.setInt(2, limit.capacity());
                    statement.setBigDecimal(
                        3, BigDecimal.valueOf(limit.window().toNanos(), 9).stripTrailingZeros());
                    statement.setTimestamp(4, Timestamp.from(now));
                    try (var rows = statement.executeQuery()) {
                      rows.next();
                      return rows.getDouble(1);
                    }
                  }
                });
    if (seconds <= 0) {
      return Duration.ZERO;
    }
    return Duration.ofNanos(Math.max(1, (long) Math.ceil(seconds * 1_000_000_000d)));
  }

  /** The key's SHA-256 over its UTF-8 bytes: any text, of any length, is one fixed-size key. */
  static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  @Override
  public int forgetIdle(Instant idleSince) {
    return unitOfWork
        .currentEntityManager()
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (var statement =
                  connection.prepareStatement(
                      "delete from rate_limit_bucket where refilled_at <= ?")) {
                statement.setTimestamp(1, Timestamp.from(idleSince));
                return statement.executeUpdate();
              }
            });
  }
}
