package io.dbkeep.application.fake;

import io.dbkeep.application.contract.RateLimitPortContract;
import io.dbkeep.application.port.out.ratelimit.RateLimitPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;

/** The in-memory buckets keep the same promises as the PostgreSQL ones. */
class InMemoryRateLimitsTest extends RateLimitPortContract {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @Override
  protected RateLimitPort freshBuckets() {
    return new InMemoryRateLimits(database);
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return database;
  }
}
