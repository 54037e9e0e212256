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

  /** {@link #permitsFor} this machine's processors, waiting up to 30 s. */
  static DocumentWorkLimit forThisMachine() {
    return new DocumentWorkLimit(
        permitsFor(Runtime.getRuntime().availableProcessors()), Duration.ofSeconds(30));
  }

  /**
   * One permit more than processors, from 2 to 4. A save holds its permit while PostgreSQL stores
   * the document, and concurrent saves of one project wait for each other's row lock there: with
   * one permit per processor, the 2-processor machine was idle 15 % of the time under sixteen
   * concurrent saves of one project (pgbench's statement: 3 %), and one more save in flight fills
   * it (ADR 0143). At most 4, as before, so that the bounded heap (ADR 0105) holds what the permits
   * let in on any machine.
   */
  static int permitsFor(int processors) {
    return Math.max(2, Math.min(4, processors + 1));
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
