package io.dbkeep.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.contract.MailOutboxContract;
import io.dbkeep.application.port.out.identity.MailOutboxPort;
import io.dbkeep.application.port.out.identity.MailOutboxPort.ClaimedRequest;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.testsupport.PostgresTestDatabase;
import io.vavr.control.Either;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox contract on real PostgreSQL, and claims by several workers at once. */
class JpaMailOutboxTest extends MailOutboxContract {

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
  protected MailOutboxPort freshOutbox() {
    try (var connection = DATABASE.connect()) {
      connection.setAutoCommit(true);
      connection.createStatement().execute("truncate table mail_outbox");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return persistence.mailOutbox();
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return persistence.unitOfWork();
  }

  @Test
  void twoNodesClaimingAtOnceNeverClaimTheSameRequest() throws Exception {
    freshOutbox();
    var t0 = Instant.parse("2026-03-01T08:00:00Z");
    var total = 200;
    persistence
        .unitOfWork()
        .inTransaction(
            () -> {
              for (var i = 0; i < total; i++) {
                persistence.mailOutbox().enqueue(request("r" + i, t0.plusMillis(i)));
              }
              return Either.right(true);
            });
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(4);
    try {
      var futures = new ArrayList<Future<List<String>>>();
      for (var node : List.of(persistence, secondNode, persistence, secondNode)) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  var mine = new ArrayList<String>();
                  while (true) {
                    List<ClaimedRequest> batch =
                        node.unitOfWork()
                            .<RuntimeException, List<ClaimedRequest>>inTransaction(
                                () ->
                                    Either.right(
                                        node.mailOutbox()
                                            .claimDue(
                                                t0.plusSeconds(10), Duration.ofMinutes(2), 7)))
                            .get();
                    if (batch.isEmpty()) {
                      return mine;
                    }
                    batch.forEach(claimed -> mine.add(claimed.request().id()));
                  }
                }));
      }
      start.countDown();
      var all = new ArrayList<String>();
      for (var future : futures) {
        all.addAll(future.get(60, TimeUnit.SECONDS));
      }
      assertThat(all).hasSize(total);
      assertThat(new HashSet<>(all)).hasSize(total);
    } finally {
      pool.shutdownNow();
    }
  }
}
