package io.dbkeep.application.fake;

import io.dbkeep.application.contract.ProjectPersistenceContract;

class InMemoryProjectPersistenceTest extends ProjectPersistenceContract {

  @Override
  protected Ports freshPorts() {
    var database = new InMemoryDatabase();
    var projects = new InMemoryProjectPersistence(database);
    var users = new InMemoryUserPersistence(database);
    return new Ports(database, projects, projects, projects, projects, users, users);
  }
}
