package io.dbkeep.application.service.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.fake.InMemoryDatabase;
import io.dbkeep.application.fake.InMemoryRateLimits;
import io.dbkeep.application.port.out.ratelimit.RateLimitPort.Limit;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimitServiceTest {

  private final InMemoryDatabase database = new InMemoryDatabase();
  private final InMemoryRateLimits buckets = new InMemoryRateLimits(database);
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);

  @Test
  void twoInstancesOnOneStoreShareTheCount() {
    var limit = Option.of(new Limit(4, Duration.ofMinutes(1)));
    var first = new RateLimitService(database, buckets, limit, clock);
    var second = new RateLimitService(database, new InMemoryRateLimits(database), limit, clock);

    assertThat(first.tryAcquire("sign-in:ip:1")).isZero();
    assertThat(second.tryAcquire("sign-in:ip:1")).isZero();
    assertThat(first.tryAcquire("sign-in:ip:1")).isZero();
    assertThat(second.tryAcquire("sign-in:ip:1")).isZero();

    assertThat(first.tryAcquire("sign-in:ip:1")).isPositive();
    assertThat(second.tryAcquire("sign-in:ip:1")).isPositive();
  }

  @Test
  void withoutALimitEverythingPassesAndNothingIsStored() {
    var off = new RateLimitService(database, buckets, Option.none(), clock);

    for (int i = 0; i < 100; i++) {
      assertThat(off.tryAcquire("k")).isZero();
    }
    assertThat(off.forgetIdle()).isZero();
  }

  @Test
  void idleCountersAreForgottenAfterAWindow() {
    var limited =
        new RateLimitService(
            database, buckets, Option.of(new Limit(1, Duration.ofMinutes(1))), clock);
    limited.tryAcquire("k");
    var later =
        new RateLimitService(
            database,
            buckets,
            Option.of(new Limit(1, Duration.ofMinutes(1))),
            Clock.offset(clock, Duration.ofMinutes(2)));

    assertThat(later.forgetIdle()).isEqualTo(1);
  }
}
