package io.dbkeep.application.fake;

import io.dbkeep.application.port.out.ratelimit.RateLimitPort;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;

/**
 * Token buckets in this process's memory, with the same arithmetic as the PostgreSQL buckets:
 * tokens refill at {@code capacity / window}, a clock running behind refills nothing. Runs the
 * {@code RateLimitPortContract}.
 */
public final class InMemoryRateLimits implements RateLimitPort {

  private record Bucket(double tokens, Instant refilledAt) {}

  private final InMemoryDatabase database;

  public InMemoryRateLimits(InMemoryDatabase database) {
    this.database = database;
  }

  @Override
  public Duration tryConsume(String key, Limit limit, Instant now) {
    database.requireTransaction();
    var bucket = (Bucket) database.rateLimitBuckets.get(key);
    double available;
    Instant refilledAt;
    if (bucket == null) {
      available = limit.capacity();
      refilledAt = now;
    } else {
      var elapsed = Duration.between(bucket.refilledAt(), now);
      var micros = elapsed.isNegative() ? 0 : elapsed.toNanos() / 1_000;
      var refill =
          BigDecimal.valueOf(micros)
              .multiply(BigDecimal.valueOf(limit.capacity()))
              .divide(BigDecimal.valueOf(limit.window().toNanos() / 1_000), MathContext.DECIMAL64)
              .doubleValue();
      available = Math.min(limit.capacity(), bucket.tokens() + refill);
      refilledAt = now.isAfter(bucket.refilledAt()) ? now : bucket.refilledAt();
    }
    if (available >= 1) {
      database.rateLimitBuckets.put(key, new Bucket(available - 1, refilledAt));
      return Duration.ZERO;
    }
    database.rateLimitBuckets.put(key, new Bucket(available, refilledAt));
    var waitNanos = (long) Math.ceil((1 - available) * limit.window().toNanos() / limit.capacity());
    return Duration.ofNanos(Math.max(1, waitNanos));
  }

  @Override
  public int forgetIdle(Instant idleSince) {
    database.requireTransaction();
    var before = database.rateLimitBuckets.size();
    database
        .rateLimitBuckets
        .values()
        .removeIf(bucket -> !((Bucket) bucket).refilledAt().isAfter(idleSince));
    return before - database.rateLimitBuckets.size();
  }
}
