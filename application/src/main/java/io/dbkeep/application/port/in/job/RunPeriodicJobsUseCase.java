package io.dbkeep.application.port.in.job;

import io.vavr.control.Option;
import java.util.List;

/**
 * The server's periodic background jobs, each run once per period across every instance that shares
 * the database (not once per instance).
 */
public interface RunPeriodicJobsUseCase {

  /** What became of one job when asked. */
  record JobOutcome(String job, boolean ran, int count, Option<String> failure) {}

  /**
   * Runs each job that is due and that no other instance has claimed; a failing job does not stop
   * the others and stays due.
   */
  List<JobOutcome> runDueJobs();
}
