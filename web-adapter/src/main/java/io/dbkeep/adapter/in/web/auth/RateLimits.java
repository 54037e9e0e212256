package io.dbkeep.adapter.in.web.auth;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * In-memory rate limits with Bucket4j token buckets: each key (a route group and a client IP or an
 * email) may make {@code limit} requests per {@code window}, refilled gradually. Buckets live in
 * this process only: with several instances behind a load balancer each counts on its own.
 */
final class RateLimits {

  private static final int MAX_KEYS = 100_000;

  private final int limit;
  private final Duration window;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong calls = new AtomicLong();

  RateLimits(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  /** Takes one request from the key's bucket; the seconds to wait when it is empty, else 0. */
  long tryConsume(String key) {
    if (limit <= 0) {
      return 0;
    }
    if (calls.incrementAndGet() % 10_000 == 0 || buckets.size() > MAX_KEYS) {
      prune();
    }
    var bucket =
        buckets.computeIfAbsent(
            key,
            k ->
                Bucket.builder()
                    .addLimit(
                        Bandwidth.builder().capacity(limit).refillGreedy(limit, window).build())
                    .build());
    var probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return 0;
    }
    return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
  }

  /** Drops buckets that are full again (their keys have been quiet for a window). */
  private void prune() {
    buckets.entrySet().removeIf(entry -> entry.getValue().getAvailableTokens() >= limit);
  }
}
