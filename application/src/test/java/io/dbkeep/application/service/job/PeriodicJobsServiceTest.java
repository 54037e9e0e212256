package io.dbkeep.application.service.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.fake.InMemoryDatabase;
import io.dbkeep.application.fake.InMemoryJobRuns;
import io.dbkeep.application.port.in.job.RunPeriodicJobsUseCase.JobOutcome;
import io.dbkeep.application.service.job.PeriodicJobsService.PeriodicJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicJobsServiceTest {

  private final InMemoryDatabase database = new InMemoryDatabase();
  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
  private final Duration hour = Duration.ofHours(1);

  @Test
  void threeInstancesRunEachJobOncePerPeriod() {
    var purges = new AtomicInteger();
    var job = new PeriodicJob("purge", hour, purges::incrementAndGet);
    var instances =
        List.of(
            new PeriodicJobsService(database, new InMemoryJobRuns(database), clock, List.of(job)),
            new PeriodicJobsService(database, new InMemoryJobRuns(database), clock, List.of(job)),
            new PeriodicJobsService(database, new InMemoryJobRuns(database), clock, List.of(job)));

    for (int minute = 0; minute < 180; minute++) {
      instances.forEach(PeriodicJobsService::runDueJobs);
      clock.advance(Duration.ofMinutes(1));
    }

    assertThat(purges).hasValue(3);
  }

  @Test
  void aFailingJobStaysDueAndDoesNotStopTheOthers() {
    var failures = new AtomicInteger();
    var others = new AtomicInteger();
    var service =
        new PeriodicJobsService(
            database,
            new InMemoryJobRuns(database),
            clock,
            List.of(
                new PeriodicJob(
                    "fails",
                    hour,
                    () -> {
                      failures.incrementAndGet();
                      throw new IllegalStateException("database gone");
                    }),
                new PeriodicJob("works", hour, () -> others.incrementAndGet() * 0 + 7)));

    var first = service.runDueJobs();
    var again = service.runDueJobs();

    assertThat(first)
        .extracting(JobOutcome::job, JobOutcome::ran, JobOutcome::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("fails", false, 0),
            org.assertj.core.groups.Tuple.tuple("works", true, 7));
    assertThat(first.get(0).failure()).contains("database gone");
    assertThat(failures).as("still due, tried again").hasValue(2);
    assertThat(again.get(1).ran()).isFalse();
    assertThat(others).hasValue(1);
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
