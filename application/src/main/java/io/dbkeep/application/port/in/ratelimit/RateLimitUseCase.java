package io.dbkeep.application.port.in.ratelimit;

import java.time.Duration;

/**
 * Rate limits for requests that invite guessing or flooding (sign-in, sign-up, password reset,
 * verification mails, change-password): each key — a route group with a client address, an email or
 * an account — may make the configured number of requests per window, counted across every instance
 * of the server.
 */
public interface RateLimitUseCase {

  /**
   * Counts one request for {@code key}: {@link Duration#ZERO} when it may go ahead, otherwise how
   * long to wait (positive). With limits turned off, always zero.
   */
  Duration tryAcquire(String key);

  /** Forgets the counters of keys that have been quiet for a whole window; how many went. */
  int forgetIdle();
}
