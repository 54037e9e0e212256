package io.dbkeep.application.fake;

import io.dbkeep.application.contract.MailOutboxContract;
import io.dbkeep.application.port.out.identity.MailOutboxPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;

/** The in-memory outbox keeps the same promises as the real one. */
class InMemoryMailOutboxTest extends MailOutboxContract {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @Override
  protected MailOutboxPort freshOutbox() {
    return new InMemoryMailOutbox(database);
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return database;
  }
}
