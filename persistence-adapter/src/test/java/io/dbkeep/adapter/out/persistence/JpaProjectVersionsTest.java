package io.dbkeep.adapter.out.persistence;

import io.dbkeep.application.contract.ProjectVersionsContract;
import io.dbkeep.domain.project.VersionRetention;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The project-version contract on real PostgreSQL. */
class JpaProjectVersionsTest extends ProjectVersionsContract {

  @RegisterExtension static final StartedPersistence STORE = new StartedPersistence();

  @Override
  protected Ports freshPorts(VersionRetention retention) {
    STORE.truncate("project, \"user\"");
    var projects = STORE.persistence().projects();
    var versions = STORE.persistence().projectVersions(retention);
    return new Ports(
        STORE.persistence().unitOfWork(),
        projects,
        projects,
        projects,
        STORE.persistence().users(),
        versions,
        versions,
        versions,
        versions);
  }
}
