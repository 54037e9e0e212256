package io.dbkeep.adapter.out.persistence;

import static io.dbkeep.adapter.out.persistence.TwoNodes.atOnce;
import static io.dbkeep.adapter.out.persistence.TwoNodes.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.contract.RateLimitPortContract;
import io.dbkeep.application.port.out.ratelimit.RateLimitPort;
import io.dbkeep.application.port.out.ratelimit.RateLimitPort.Limit;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rate-limit contract on real PostgreSQL, and one bucket drained by two nodes at once. */
class JpaRateLimitsTest extends RateLimitPortContract {

  @RegisterExtension static final TwoNodes NODES = new TwoNodes();

  @Override
  protected RateLimitPort freshBuckets() {
    NODES.truncate("rate_limit_bucket");
    return NODES.first().rateLimits();
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return NODES.first().unitOfWork();
  }

  @Test
  void twoNodesTakingFromOneBucketAtOnceHandOutExactlyItsCapacity() throws Exception {
    freshBuckets();
    var now = Instant.parse("2026-03-01T08:00:00Z");
    var limit = new Limit(25, Duration.ofHours(1));
    var workers = new ArrayList<Callable<Integer>>();
    for (var node : NODES.alternating(6)) {
      workers.add(
          () -> {
            var granted = 0;
            for (var i = 0; i < 10; i++) {
              var wait =
                  inTransaction(node, () -> node.rateLimits().tryConsume("shared", limit, now));
              if (wait.isZero()) {
                granted++;
              }
            }
            return granted;
          });
    }

    var granted = atOnce(workers).stream().mapToInt(Integer::intValue).sum();

    assertThat(granted).as("60 attempts at a bucket of 25").isEqualTo(25);
  }
}
