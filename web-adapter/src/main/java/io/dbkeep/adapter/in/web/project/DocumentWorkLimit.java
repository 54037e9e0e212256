package io.dbkeep.adapter.in.web.project;

import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most a few requests read, check and write a whole schema document at once; the others wait
 * their turn, in order, up to {@code maxWait}, then get 503 {@code SERVER_BUSY}. A 500-table
 * document costs tens of megabytes while it is parsed and validated, so sixteen concurrent saves
 * would need several hundred megabytes of heap: with the bounded heap (ADR 0105) they ended the
 * server with an OutOfMemoryError. Waiting requests have not read their bodies yet, so they hold
 * nothing but their connection.
 */
final class DocumentWorkLimit {

  private final Semaphore permits;
  private final Duration maxWait;

  DocumentWorkLimit(int permits, Duration maxWait) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1: " + permits);
    }
    this.permits = new Semaphore(permits, true);
    this.maxWait = maxWait;
  }

  /** One permit per processor (1 to 4), waiting up to 30 s. */
  static DocumentWorkLimit forThisMachine() {
    var processors = Runtime.getRuntime().availableProcessors();
    return new DocumentWorkLimit(Math.max(1, Math.min(4, processors)), Duration.ofSeconds(30));
  }

  /** Runs {@code work} holding a permit; 503 {@code SERVER_BUSY} when none frees in time. */
  void run(Runnable work) {
    boolean acquired;
    try {
      acquired = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    }
    if (!acquired) {
      throw busy();
    }
    try {
      work.run();
    } finally {
      permits.release();
    }
  }

  private static ApiException busy() {
    return new ApiException(
        ApiError.of(
            503, "SERVER_BUSY", "Too many documents are being saved at once; try again shortly"));
  }
}
