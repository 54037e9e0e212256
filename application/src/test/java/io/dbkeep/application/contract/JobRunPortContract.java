package io.dbkeep.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.port.out.job.JobRunPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JobRunPort} promises: a job never run is due, a claimed run is not due again
 * before its period has passed, jobs are claimed apart, and a rolled-back claim leaves the job due.
 * Run against the in-memory fake and the PostgreSQL adapter (which also proves that two instances
 * on one database claim a run once).
 */
public abstract class JobRunPortContract {

  /** No job ever run, and the unit of work claims run in. */
  protected abstract JobRunPort freshRuns();

  protected abstract UnitOfWork unitOfWork();

  protected JobRunPort runs;
  protected final Instant t0 = Instant.parse("2026-03-01T08:00:00.123456Z");
  protected final Duration hour = Duration.ofHours(1);

  @BeforeEach
  void setUpRuns() {
    runs = freshRuns();
  }

  protected boolean claim(String job, Instant at) {
    return tx(() -> runs.claimDueRun(job, at, hour));
  }

  @Test
  void aJobNeverRunIsDueAndThenNotBeforeItsPeriod() {
    assertThat(claim("purge", t0)).isTrue();
    assertThat(claim("purge", t0)).isFalse();
    assertThat(claim("purge", t0.plus(hour).minusMillis(1))).isFalse();
    assertThat(claim("purge", t0.plus(hour))).isTrue();
    assertThat(claim("purge", t0.plus(hour).plusSeconds(1))).isFalse();
  }

  @Test
  void jobsAreClaimedApart() {
    assertThat(claim("purge", t0)).isTrue();
    assertThat(claim("forget", t0)).isTrue();
    assertThat(claim("forget", t0)).isFalse();
  }

  @Test
  void aRolledBackClaimLeavesTheJobDue() {
    unitOfWork()
        .inTransaction(
            () -> {
              assertThat(runs.claimDueRun("purge", t0, hour)).isTrue();
              return Either.left("the job failed");
            });

    assertThat(claim("purge", t0.plusSeconds(1))).isTrue();
  }

  @Test
  void aClockRunningBehindDoesNotRunTheJobEarly() {
    assertThat(claim("purge", t0)).isTrue();
    assertThat(claim("purge", t0.minus(hour))).isFalse();
  }

  protected <T> T tx(Supplier<T> work) {
    return unitOfWork().<RuntimeException, T>inTransaction(() -> Either.right(work.get())).get();
  }
}
