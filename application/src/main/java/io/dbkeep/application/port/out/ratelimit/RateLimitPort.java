package io.dbkeep.application.port.out.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Token buckets, one per key, kept where every process serving the application sees the same
 * counts: with several instances behind a load balancer a client gets the limit once, not once per
 * instance. A bucket holds at most {@link Limit#capacity()} tokens, starts full and refills
 * gradually ({@code capacity} tokens per {@code window}). Must be called inside a {@code
 * UnitOfWork} transaction; concurrent calls for one key are serialised by the store, so no token is
 * handed out twice.
 */
public interface RateLimitPort {

  /**
   * How many requests a key may make per window.
   *
   * @param capacity requests per window (positive)
   * @param window the time in which an empty bucket fills up again (positive)
   */
  record Limit(int capacity, Duration window) {
    public Limit {
      Objects.requireNonNull(window, "window");
      if (capacity <= 0) {
        throw new IllegalArgumentException("the capacity must be positive: " + capacity);
      }
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("the window must be positive: " + window);
      }
    }
  }

  /**
   * Takes one token from the bucket of {@code key} (any text; the store may hash it) as of {@code
   * now}: {@link Duration#ZERO} when one was taken, otherwise how long until the next token is back
   * (positive). A {@code now} earlier than the bucket's last refill (another node's clock running
   * behind) refills nothing.
   */
  Duration tryConsume(String key, Limit limit, Instant now);

  /**
   * Forgets the buckets untouched since {@code idleSince} (a bucket quiet for a whole window is
   * full again, so forgetting it changes no answer); how many went.
   */
  int forgetIdle(Instant idleSince);
}
