package io.dbkeep.adapter.out.persistence;

import io.dbkeep.application.contract.ProjectPersistenceContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The project persistence contract on real PostgreSQL. */
class JpaProjectPersistenceTest extends ProjectPersistenceContract {

  @RegisterExtension static final StartedPersistence STORE = new StartedPersistence();

  @Override
  protected Ports freshPorts() {
    STORE.truncate("project, \"user\"");
    var projects = STORE.persistence().projects();
    var users = STORE.persistence().users();
    return new Ports(
        STORE.persistence().unitOfWork(), projects, projects, projects, projects, users, users);
  }
}
