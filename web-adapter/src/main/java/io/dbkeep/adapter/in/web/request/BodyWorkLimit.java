package io.dbkeep.adapter.in.web.request;

import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many megabytes of request bodies the server reads whole at once: imported texts and the
 * schema documents of {@code /api/schema/*}. Reading one costs a few times its size (the body, the
 * text or JSON tree, the document, the answer), so with the bounded heap (ADR 0105) four concurrent
 * 30 MB imports, or four concurrent validations of a 6 MB (10,000-table) document, ended the server
 * with an OutOfMemoryError. Each request takes its weighted size in mebibytes (at least 1; a body
 * of unknown length takes all) from a budget of {@value #BUDGET_MIB}: many small requests run
 * together, large ones one after another. Waiting requests have not read their bodies yet; one that
 * gets no turn within 30 s is 503 {@code SERVER_BUSY} (ADR 0120).
 */
final class BodyWorkLimit {

  /** The budget: one text at the default {@code MAX_REQUEST_SIZE} (32 MiB). */
  static final int BUDGET_MIB = 32;

  static final BodyWorkLimit SHARED = new BodyWorkLimit(BUDGET_MIB, Duration.ofSeconds(30));

  private static final long MIB = 1024 * 1024;

  private final int budget;
  private final Semaphore permits;
  private final Duration maxWait;

  BodyWorkLimit(int budgetMib, Duration maxWait) {
    if (budgetMib < 1) {
      throw new IllegalArgumentException("budget must be at least 1 MiB: " + budgetMib);
    }
    this.budget = budgetMib;
    this.permits = new Semaphore(budgetMib, true);
    this.maxWait = maxWait;
  }

  /** The share of a body of {@code contentLength} bytes (negative: unknown). */
  int weight(long contentLength) {
    if (contentLength < 0) {
      return budget;
    }
    var mebibytes = contentLength / MIB + (contentLength % MIB == 0 ? 0 : 1); // no overflow
    return (int) Math.max(1, Math.min(budget, mebibytes));
  }

  /** Runs {@code work} holding the share of a body of {@code contentLength} bytes. */
  <T> T run(long contentLength, Supplier<T> work) {
    var weight = weight(contentLength);
    boolean acquired;
    try {
      acquired = permits.tryAcquire(weight, maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    }
    if (!acquired) {
      throw busy();
    }
    try {
      return work.get();
    } finally {
      permits.release(weight);
    }
  }

  private static ApiException busy() {
    return new ApiException(
        ApiError.of(
            503,
            "SERVER_BUSY",
            "Too many large texts or documents are being read at once; try again shortly"));
  }
}
