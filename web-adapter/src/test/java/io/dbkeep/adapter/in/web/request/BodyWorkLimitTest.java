package io.dbkeep.adapter.in.web.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.adapter.in.web.error.ApiException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BodyWorkLimitTest {

  private static final long MIB = 1024 * 1024;

  @Test
  void aBodyWeighsItsSizeInMebibytesAtLeastOneAndAtMostTheBudget() {
    var limit = new BodyWorkLimit(32, Duration.ofSeconds(1));
    assertThat(limit.weight(0)).isEqualTo(1);
    assertThat(limit.weight(MIB)).isEqualTo(1);
    assertThat(limit.weight(MIB + 1)).isEqualTo(2);
    assertThat(limit.weight(30 * MIB)).isEqualTo(30);
    assertThat(limit.weight(Long.MAX_VALUE)).isEqualTo(32);
    assertThat(limit.weight(-1)).isEqualTo(32);
  }

  @Test
  void aLargeBodyWaitsForTheOtherAndGets503WhenNoTurnComes() throws Exception {
    var limit = new BodyWorkLimit(32, Duration.ofMillis(200));
    var started = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var executor = Executors.newSingleThreadExecutor();
    try {
      var first =
          executor.submit(
              () ->
                  limit.run(
                      30 * MIB,
                      () -> {
                        started.countDown();
                        await(release);
                        return "first";
                      }));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

      assertThat(limit.run(2 * MIB, () -> "small fits beside it"))
          .isEqualTo("small fits beside it");
      assertThatThrownBy(() -> limit.run(3 * MIB, () -> "too much"))
          .isInstanceOfSatisfying(
              ApiException.class, e -> assertThat(e.error().status()).isEqualTo(503));

      release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
      assertThat(limit.run(32 * MIB, () -> "whole budget again")).isEqualTo("whole budget again");
    } finally {
      executor.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
