package io.dbkeep.application.fake;

import io.dbkeep.application.contract.IdentityPersistenceContract;

class InMemoryIdentityPersistenceTest extends IdentityPersistenceContract {

  @Override
  protected Ports freshStore() {
    var database = new InMemoryDatabase();
    var users = new InMemoryUserPersistence(database);
    var identity = new InMemoryIdentityPersistence(database);
    return new Ports(
        database, users, users, identity, identity, identity, identity, identity, identity);
  }
}
