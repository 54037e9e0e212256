package io.dbkeep.application.fake;

import io.dbkeep.application.port.out.job.JobRunPort;
import java.time.Duration;
import java.time.Instant;

/**
 * Job claims in memory: the in-memory transactions are serialised, so a claim is never contended; a
 * rolled-back transaction takes its claim back with it. Runs the {@code JobRunPortContract}.
 */
public final class InMemoryJobRuns implements JobRunPort {

  private final InMemoryDatabase database;

  public InMemoryJobRuns(InMemoryDatabase database) {
    this.database = database;
  }

  @Override
  public boolean claimDueRun(String job, Instant now, Duration period) {
    database.requireTransaction();
    var nextDue = (Instant) database.jobRuns.get(job);
    if (nextDue != null && nextDue.isAfter(now)) {
      return false;
    }
    database.jobRuns.put(job, now.plus(period));
    return true;
  }
}
