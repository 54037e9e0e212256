package io.dbkeep.application.fake;

import io.dbkeep.application.contract.JobRunPortContract;
import io.dbkeep.application.port.out.job.JobRunPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;

/** The in-memory job claims keep the same promises as the PostgreSQL ones. */
class InMemoryJobRunsTest extends JobRunPortContract {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @Override
  protected JobRunPort freshRuns() {
    return new InMemoryJobRuns(database);
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return database;
  }
}
