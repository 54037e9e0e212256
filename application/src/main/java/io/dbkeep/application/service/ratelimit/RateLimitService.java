package io.dbkeep.application.service.ratelimit;

import io.dbkeep.application.port.in.ratelimit.RateLimitUseCase;
import io.dbkeep.application.port.out.ratelimit.RateLimitPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Rate limits over shared token buckets: each request is one short transaction of its own, so an
 * attempt counts whether or not the request it guards succeeds. A limit of none (the setting {@code
 * 0}) lets everything through without touching the store.
 */
public final class RateLimitService implements RateLimitUseCase {

  private final UnitOfWork unitOfWork;
  private final RateLimitPort buckets;
  private final Option<RateLimitPort.Limit> limit;
  private final Clock clock;

  /**
   * @param limit the requests allowed per window for every key; none turns limiting off
   */
  public RateLimitService(
      UnitOfWork unitOfWork,
      RateLimitPort buckets,
      Option<RateLimitPort.Limit> limit,
      Clock clock) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.buckets = Objects.requireNonNull(buckets, "buckets");
    this.limit = Objects.requireNonNull(limit, "limit");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Duration tryAcquire(String key) {
    Objects.requireNonNull(key, "key");
    if (limit.isEmpty()) {
      return Duration.ZERO;
    }
    return unitOfWork
        .<RuntimeException, Duration>inTransaction(
            () -> Either.right(buckets.tryConsume(key, limit.get(), clock.instant())))
        .get();
  }

  @Override
  public int forgetIdle() {
    if (limit.isEmpty()) {
      return 0;
    }
    var idleSince = clock.instant().minus(limit.get().window());
    return unitOfWork
        .<RuntimeException, Integer>inTransaction(() -> Either.right(buckets.forgetIdle(idleSince)))
        .get();
  }
}
