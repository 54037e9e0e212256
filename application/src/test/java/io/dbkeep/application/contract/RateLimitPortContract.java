package io.dbkeep.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.port.out.ratelimit.RateLimitPort;
import io.dbkeep.application.port.out.ratelimit.RateLimitPort.Limit;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RateLimitPort} promises: a full bucket to start, one token per call, a wait
 * when empty, gradual refill, keys apart, a clock running behind refilling nothing, and idle
 * buckets forgotten. Run against the in-memory fake and the PostgreSQL adapter.
 */
public abstract class RateLimitPortContract {

  /** Empty buckets and the unit of work their calls run in. */
  protected abstract RateLimitPort freshBuckets();

  protected abstract UnitOfWork unitOfWork();

  private RateLimitPort buckets;
  private final Instant t0 = Instant.parse("2026-03-01T08:00:00.123456Z");
  private final Limit threePerMinute = new Limit(3, Duration.ofMinutes(1));

  @BeforeEach
  void setUpBuckets() {
    buckets = freshBuckets();
  }

  private Duration take(String key, Instant at) {
    return tx(() -> buckets.tryConsume(key, threePerMinute, at));
  }

  @Test
  void aNewKeyMayMakeTheCapacityThenWaits() {
    assertThat(take("k", t0)).isZero();
    assertThat(take("k", t0)).isZero();
    assertThat(take("k", t0)).isZero();

    var wait = take("k", t0);

    assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
    assertThat(wait).isGreaterThan(Duration.ofSeconds(19));
  }

  @Test
  void tokensComeBackGraduallyNeverBeyondTheCapacity() {
    for (int i = 0; i < 3; i++) {
      take("k", t0);
    }

    assertThat(take("k", t0.plusSeconds(21))).as("one token after a third of the window").isZero();
    assertThat(take("k", t0.plusSeconds(21))).isPositive();

    var muchLater = t0.plus(Duration.ofHours(5));
    assertThat(take("k", muchLater)).isZero();
    assertThat(take("k", muchLater)).isZero();
    assertThat(take("k", muchLater)).isZero();
    assertThat(take("k", muchLater)).as("never more than the capacity").isPositive();
  }

  @Test
  void keysAreCountedApart() {
    for (int i = 0; i < 3; i++) {
      take("a", t0);
    }

    assertThat(take("a", t0)).isPositive();
    assertThat(take("b", t0)).isZero();
  }

  @Test
  void aClockRunningBehindRefillsNothing() {
    for (int i = 0; i < 3; i++) {
      take("k", t0.plusSeconds(30));
    }

    assertThat(take("k", t0)).isPositive();
    assertThat(take("k", t0.plusSeconds(30))).isPositive();
  }

  @Test
  void longAndUnusualKeysAreTheirOwnBuckets() {
    var longKey = "sign-in:of:" + "é".repeat(3_000) + "@example.com|203.0.113.9";
    var almost = longKey.substring(0, longKey.length() - 1);

    for (int i = 0; i < 3; i++) {
      assertThat(take(longKey, t0)).isZero();
    }

    assertThat(take(longKey, t0)).isPositive();
    assertThat(take(almost, t0)).isZero();
    assertThat(take("", t0)).isZero();
    assertThat(take("'; drop table x; --\u0000?", t0)).isZero();
  }

  @Test
  void idleBucketsAreForgottenAndStartFullAgain() {
    for (int i = 0; i < 3; i++) {
      take("quiet", t0);
    }
    take("busy", t0.plusSeconds(90));

    int forgotten = tx(() -> buckets.forgetIdle(t0.plusSeconds(60)));

    assertThat(forgotten).isEqualTo(1);
    assertThat(tx(() -> buckets.forgetIdle(t0.plusSeconds(60)))).isZero();
    assertThat(take("quiet", t0.plusSeconds(61))).isZero();
  }

  @Test
  void aRolledBackTakeIsGivenBack() {
    take("k", t0);
    take("k", t0);
    unitOfWork()
        .inTransaction(
            () -> {
              buckets.tryConsume("k", threePerMinute, t0);
              return Either.left("changed my mind");
            });

    assertThat(take("k", t0)).isZero();
  }

  private <T> T tx(Supplier<T> work) {
    return unitOfWork().<RuntimeException, T>inTransaction(() -> Either.right(work.get())).get();
  }
}
