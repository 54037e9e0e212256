package io.dbkeep.adapter.out.persistence;

import static io.dbkeep.adapter.out.persistence.TwoNodes.atOnce;
import static io.dbkeep.adapter.out.persistence.TwoNodes.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.contract.JobRunPortContract;
import io.dbkeep.application.port.out.job.JobRunPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.service.job.PeriodicJobsService;
import io.dbkeep.application.service.job.PeriodicJobsService.PeriodicJob;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The job-claim contract on real PostgreSQL, and two schedulers (two connection pools, as two
 * instances have) on one database running each job once.
 */
class JpaJobRunsTest extends JobRunPortContract {

  @RegisterExtension static final TwoNodes NODES = new TwoNodes();

  @Override
  protected JobRunPort freshRuns() {
    NODES.truncate("periodic_job");
    return NODES.first().jobRuns();
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return NODES.first().unitOfWork();
  }

  @Test
  void whileOneInstanceRunsAJobTheOtherSkipsItAtOnceAndAfterwardsFindsItDone() throws Exception {
    freshRuns();
    var claimed = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var running =
        CompletableFuture.supplyAsync(
            () ->
                inTransaction(
                    NODES.first(),
                    () -> {
                      var mine = NODES.first().jobRuns().claimDueRun("purge", t0, hour);
                      claimed.countDown();
                      await(release);
                      return mine;
                    }));
    assertThat(claimed.await(60, TimeUnit.SECONDS)).isTrue();

    var whileRunning = onSecondNode(() -> NODES.second().jobRuns().claimDueRun("purge", t0, hour));
    release.countDown();

    assertThat(running.get(60, TimeUnit.SECONDS)).isTrue();
    assertThat(whileRunning).as("held by the running instance: skipped, not waited for").isFalse();
    assertThat(onSecondNode(() -> NODES.second().jobRuns().claimDueRun("purge", t0, hour)))
        .as("done for this period")
        .isFalse();
    assertThat(
            onSecondNode(() -> NODES.second().jobRuns().claimDueRun("purge", t0.plus(hour), hour)))
        .isTrue();
  }

  @Test
  void twoSchedulersPollingAtOnceRunEachPeriodOnce() throws Exception {
    freshRuns();
    var clock = Clock.fixed(t0, ZoneOffset.UTC);
    var runs = new AtomicInteger();
    PeriodicJob job =
        new PeriodicJob(
            "purge",
            hour,
            () -> {
              runs.incrementAndGet();
              return 0;
            });
    var schedulers =
        List.of(
            new PeriodicJobsService(
                NODES.first().unitOfWork(), NODES.first().jobRuns(), clock, List.of(job)),
            new PeriodicJobsService(
                NODES.second().unitOfWork(), NODES.second().jobRuns(), clock, List.of(job)));
    var pollers = new ArrayList<Callable<Boolean>>();
    for (var i = 0; i < 4; i++) {
      var scheduler = schedulers.get(i % 2);
      pollers.add(
          () -> {
            for (var poll = 0; poll < 25; poll++) {
              scheduler.runDueJobs();
            }
            return true;
          });
    }

    atOnce(pollers);

    assertThat(runs).as("100 polls by two instances in one period").hasValue(1);
  }

  private static boolean onSecondNode(java.util.function.Supplier<Boolean> claim) {
    return inTransaction(NODES.second(), claim);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released within 60 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
