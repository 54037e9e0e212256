package io.dbkeep.bootstrap;

import io.dbkeep.application.port.in.job.RunPeriodicJobsUseCase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks, every {@code poll}, which periodic jobs are due and runs those this instance claims (each
 * job runs once per period across every instance on the database, ADR 0109). One daemon thread;
 * closing stops it.
 */
final class BackgroundJobs implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);

  private final ScheduledExecutorService scheduler;

  BackgroundJobs(RunPeriodicJobsUseCase jobs, Duration poll) {
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              var thread = new Thread(runnable, "dbkeep-periodic-jobs");
              thread.setDaemon(true);
              return thread;
            });
    scheduler.scheduleWithFixedDelay(
        () -> {
          try {
            for (var outcome : jobs.runDueJobs()) {
              if (outcome.failure().isDefined()) {
                LOG.warn("Periodic job {} failed: {}", outcome.job(), outcome.failure().get());
              } else if (outcome.ran()) {
                LOG.debug("Periodic job {} ran ({} handled)", outcome.job(), outcome.count());
              }
            }
          } catch (RuntimeException e) {
            LOG.warn("Could not run the periodic jobs: {}", e.getMessage());
          }
        },
        poll.toMillis(),
        poll.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
