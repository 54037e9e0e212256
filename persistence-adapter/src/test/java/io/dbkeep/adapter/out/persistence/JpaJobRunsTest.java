package io.dbkeep.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.contract.JobRunPortContract;
import io.dbkeep.application.port.out.job.JobRunPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.service.job.PeriodicJobsService;
import io.dbkeep.application.service.job.PeriodicJobsService.PeriodicJob;
import io.dbkeep.testsupport.PostgresTestDatabase;
import io.vavr.control.Either;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The job-claim contract on real PostgreSQL, and two schedulers (two connection pools, as two
 * instances have) on one database running each job once.
 */
class JpaJobRunsTest extends JobRunPortContract {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static PostgresPersistence persistence;
  private static PostgresPersistence secondNode;

  @BeforeAll
  static void start() {
    var settings = PersistenceSettings.of(DATABASE.jdbcUrl(), DATABASE.user(), DATABASE.password());
    persistence = PostgresPersistence.start(settings);
    secondNode = PostgresPersistence.start(settings);
  }

  @AfterAll
  static void stop() {
    secondNode.close();
    persistence.close();
  }

  @Override
  protected JobRunPort freshRuns() {
    try (var connection = DATABASE.connect()) {
      connection.setAutoCommit(true);
      connection.createStatement().execute("truncate table periodic_job");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return persistence.jobRuns();
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return persistence.unitOfWork();
  }

  @Test
  void whileOneInstanceRunsAJobTheOtherSkipsItAtOnceAndAfterwardsFindsItDone() throws Exception {
    freshRuns();
    var claimed = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var running =
        CompletableFuture.supplyAsync(
            () ->
                persistence
                    .unitOfWork()
                    .<RuntimeException, Boolean>inTransaction(
                        () -> {
                          var mine = persistence.jobRuns().claimDueRun("purge", t0, hour);
                          claimed.countDown();
                          await(release);
                          return Either.right(mine);
                        })
                    .get());
    assertThat(claimed.await(60, TimeUnit.SECONDS)).isTrue();

    var whileRunning = onSecondNode(() -> secondNode.jobRuns().claimDueRun("purge", t0, hour));
    release.countDown();

    assertThat(running.get(60, TimeUnit.SECONDS)).isTrue();
    assertThat(whileRunning).as("held by the running instance: skipped, not waited for").isFalse();
    assertThat(onSecondNode(() -> secondNode.jobRuns().claimDueRun("purge", t0, hour)))
        .as("done for this period")
        .isFalse();
    assertThat(onSecondNode(() -> secondNode.jobRuns().claimDueRun("purge", t0.plus(hour), hour)))
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
                persistence.unitOfWork(), persistence.jobRuns(), clock, List.of(job)),
            new PeriodicJobsService(
                secondNode.unitOfWork(), secondNode.jobRuns(), clock, List.of(job)));
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(4);
    try {
      var futures = new ArrayList<Future<?>>();
      for (var i = 0; i < 4; i++) {
        var scheduler = schedulers.get(i % 2);
        futures.add(
            pool.submit(
                () -> {
                  await(start);
                  for (var poll = 0; poll < 25; poll++) {
                    scheduler.runDueJobs();
                  }
                }));
      }
      start.countDown();
      for (var future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(runs).as("100 polls by two instances in one period").hasValue(1);
  }

  private static boolean onSecondNode(java.util.function.Supplier<Boolean> claim) {
    return secondNode
        .unitOfWork()
        .<RuntimeException, Boolean>inTransaction(() -> Either.right(claim.get()))
        .get();
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
