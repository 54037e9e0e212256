package io.dbkeep.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.contract.RateLimitPortContract;
import io.dbkeep.application.port.out.ratelimit.RateLimitPort;
import io.dbkeep.application.port.out.ratelimit.RateLimitPort.Limit;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.testsupport.PostgresTestDatabase;
import io.vavr.control.Either;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rate-limit contract on real PostgreSQL, and one bucket drained by two nodes at once. */
class JpaRateLimitsTest extends RateLimitPortContract {

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
  protected RateLimitPort freshBuckets() {
    try (var connection = DATABASE.connect()) {
      connection.setAutoCommit(true);
      connection.createStatement().execute("truncate table rate_limit_bucket");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return persistence.rateLimits();
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return persistence.unitOfWork();
  }

  @Test
  void twoNodesTakingFromOneBucketAtOnceHandOutExactlyItsCapacity() throws Exception {
    freshBuckets();
    var now = Instant.parse("2026-03-01T08:00:00Z");
    var limit = new Limit(25, Duration.ofHours(1));
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(6);
    try {
      var futures = new ArrayList<Future<Integer>>();
      for (var node :
          List.of(persistence, secondNode, persistence, secondNode, persistence, secondNode)) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  var granted = 0;
                  for (var i = 0; i < 10; i++) {
                    var wait =
                        node.unitOfWork()
                            .<RuntimeException, Duration>inTransaction(
                                () ->
                                    Either.right(
                                        node.rateLimits().tryConsume("shared", limit, now)))
                            .get();
                    if (wait.isZero()) {
                      granted++;
                    }
                  }
                  return granted;
                }));
      }
      start.countDown();
      var granted = 0;
      for (var future : futures) {
        granted += future.get(60, TimeUnit.SECONDS);
      }
      assertThat(granted).as("60 attempts at a bucket of 25").isEqualTo(25);
    } finally {
      pool.shutdownNow();
    }
  }
}
