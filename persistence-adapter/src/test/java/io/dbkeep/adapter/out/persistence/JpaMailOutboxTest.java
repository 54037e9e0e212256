package io.dbkeep.adapter.out.persistence;

import static io.dbkeep.adapter.out.persistence.TwoNodes.atOnce;
import static io.dbkeep.adapter.out.persistence.TwoNodes.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.contract.MailOutboxContract;
import io.dbkeep.application.port.out.identity.MailOutboxPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox contract on real PostgreSQL, and claims by several workers at once. */
class JpaMailOutboxTest extends MailOutboxContract {

  @RegisterExtension static final TwoNodes NODES = new TwoNodes();

  @Override
  protected MailOutboxPort freshOutbox() {
    NODES.truncate("mail_outbox");
    return NODES.first().mailOutbox();
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return NODES.first().unitOfWork();
  }

  @Test
  void twoNodesClaimingAtOnceNeverClaimTheSameRequest() throws Exception {
    freshOutbox();
    var t0 = Instant.parse("2026-03-01T08:00:00Z");
    var total = 200;
    inTransaction(
        NODES.first(),
        () -> {
          for (var i = 0; i < total; i++) {
            NODES.first().mailOutbox().enqueue(request("r" + i, t0.plusMillis(i)));
          }
          return true;
        });
    var workers = new ArrayList<Callable<List<String>>>();
    for (var node : NODES.alternating(4)) {
      workers.add(
          () -> {
            var mine = new ArrayList<String>();
            while (true) {
              var batch =
                  inTransaction(
                      node,
                      () ->
                          node.mailOutbox().claimDue(t0.plusSeconds(10), Duration.ofMinutes(2), 7));
              if (batch.isEmpty()) {
                return mine;
              }
              batch.forEach(claimed -> mine.add(claimed.request().id()));
            }
          });
    }

    var all = atOnce(workers).stream().flatMap(List::stream).toList();

    assertThat(all).hasSize(total);
    assertThat(new HashSet<>(all)).hasSize(total);
  }
}
