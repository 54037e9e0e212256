package io.dbkeep.application.fake;

import io.dbkeep.application.contract.IdentityPersistenceContract;
import io.dbkeep.application.port.out.identity.IdentityStore;

class InMemoryIdentityPersistenceTest extends IdentityPersistenceContract {

  @Override
  protected IdentityStore freshStore() {
    return InMemoryIdentityPersistence.store(new InMemoryDatabase());
  }
}
