package io.dbkeep.application.service.job;

import io.dbkeep.application.port.in.job.RunPeriodicJobsUseCase;
import io.dbkeep.application.port.out.job.JobRunPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * Runs periodic jobs once per period across instances: each job's claim and its work are one
 * transaction (the work's own transactions join it), so exactly one instance runs a due job and a
 * failed run is retried by whichever instance asks next.
 */
public final class PeriodicJobsService implements RunPeriodicJobsUseCase {

  /**
   * One periodic job.
   *
   * @param name its name, unique among the jobs (stored)
   * @param period at least this long between two runs, whichever instances run them
   * @param work does the job; how many things it handled
   */
  public record PeriodicJob(String name, Duration period, IntSupplier work) {
    public PeriodicJob {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(work, "work");
      if (name.isBlank() || name.length() > 100) {
        throw new IllegalArgumentException("a job name has 1 to 100 characters: " + name);
      }
      if (period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("the period must be positive: " + period);
      }
    }
  }

  private final UnitOfWork unitOfWork;
  private final JobRunPort runs;
  private final Clock clock;
  private final List<PeriodicJob> jobs;

  public PeriodicJobsService(
      UnitOfWork unitOfWork, JobRunPort runs, Clock clock, List<PeriodicJob> jobs) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.runs = Objects.requireNonNull(runs, "runs");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.jobs = List.copyOf(jobs);
  }

  @Override
  public List<JobOutcome> runDueJobs() {
    var outcomes = new ArrayList<JobOutcome>();
    for (var job : jobs) {
      outcomes.add(runIfDue(job));
    }
    return outcomes;
  }

  private JobOutcome runIfDue(PeriodicJob job) {
    try {
      return unitOfWork
          .<RuntimeException, JobOutcome>inTransaction(
              () -> {
                if (!runs.claimDueRun(job.name(), clock.instant(), job.period())) {
                  return Either.right(new JobOutcome(job.name(), false, 0, Option.none()));
                }
                return Either.right(
                    new JobOutcome(job.name(), true, job.work().getAsInt(), Option.none()));
              })
          .get();
    } catch (RuntimeException e) {
      var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new JobOutcome(job.name(), false, 0, Option.of(message));
    }
  }
}
