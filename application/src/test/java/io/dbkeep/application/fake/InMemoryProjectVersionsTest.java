package io.dbkeep.application.fake;

import io.dbkeep.application.contract.ProjectVersionsContract;
import io.dbkeep.domain.project.VersionRetention;

class InMemoryProjectVersionsTest extends ProjectVersionsContract {

  @Override
  protected Ports freshPorts(VersionRetention retention) {
    var database = new InMemoryDatabase();
    var projects = new InMemoryProjectPersistence(database);
    var versions = new InMemoryProjectVersions(database, retention);
    return new Ports(
        database,
        projects,
        projects,
        projects,
        new InMemoryUserPersistence(database),
        versions,
        versions,
        versions,
        versions);
  }
}
