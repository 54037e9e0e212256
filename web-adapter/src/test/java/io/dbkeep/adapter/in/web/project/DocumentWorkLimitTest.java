package io.dbkeep.adapter.in.web.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.adapter.in.web.error.ApiException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DocumentWorkLimitTest {

  @Test
  void oneSaveMoreThanProcessorsIsInFlightFromTwoToFour() {
    assertThat(DocumentWorkLimit.permitsFor(1)).isEqualTo(2);
    assertThat(DocumentWorkLimit.permitsFor(2)).isEqualTo(3);
    assertThat(DocumentWorkLimit.permitsFor(3)).isEqualTo(4);
    assertThat(DocumentWorkLimit.permitsFor(64)).isEqualTo(4);
  }

  @Test
  void noMoreThanThePermitsWorkAtOnceAndTheRestWaitTheirTurn() throws Exception {
    var limit = new DocumentWorkLimit(2, Duration.ofSeconds(20));
    var running = new AtomicInteger();
    var most = new AtomicInteger();
    var done = new AtomicInteger();
    var pool = Executors.newFixedThreadPool(8);
    try {
      for (int i = 0; i < 8; i++) {
        pool.submit(
            () ->
                limit.run(
                    () -> {
                      most.accumulateAndGet(running.incrementAndGet(), Math::max);
                      sleep(40);
                      running.decrementAndGet();
                      done.incrementAndGet();
                    }));
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
    } finally {
      pool.shutdownNow();
    }
    assertThat(done.get()).isEqualTo(8);
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void aRequestThatWaitsTooLongIsToldTheServerIsBusyAndAFailureFreesItsPermit() throws Exception {
    var limit = new DocumentWorkLimit(1, Duration.ofMillis(100));
    var holding = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var holder =
        new Thread(
            () ->
                limit.run(
                    () -> {
                      holding.countDown();
                      await(release);
                    }));
    holder.start();
    assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> limit.run(() -> {}))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.error().status()).isEqualTo(503);
              assertThat(e.error().code()).isEqualTo("SERVER_BUSY");
            });

    release.countDown();
    holder.join(5_000);
    assertThatThrownBy(
            () ->
                limit.run(
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);
    var ran = new AtomicInteger();
    limit.run(ran::incrementAndGet);
    assertThat(ran.get()).isEqualTo(1);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
