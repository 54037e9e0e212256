package io.dbkeep.application.port.out.job;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides which process runs a periodic background job (purging expired sessions, forgetting idle
 * rate-limit counters): every instance of the server asks, and for each period exactly one of them
 * is told to run it. Must be called inside a {@code UnitOfWork} transaction, and the job's work
 * done in the same transaction: the claim is part of it, so a run that fails (rolls back) leaves
 * the job due for the next caller.
 */
public interface JobRunPort {

  /**
   * Claims the run of {@code job} at {@code now}: true when its last claimed run is at least {@code
   * period} ago (or it never ran) and no other transaction is claiming it right now; the job's next
   * run is then due at {@code now + period}. Never waits for another caller: while one transaction
   * holds the claim, the others get false at once.
   */
  boolean claimDueRun(String job, Instant now, Duration period);
}
