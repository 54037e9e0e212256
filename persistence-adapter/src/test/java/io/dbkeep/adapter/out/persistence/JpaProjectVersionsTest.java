package io.dbkeep.adapter.out.persistence;

import io.dbkeep.application.contract.ProjectVersionsContract;
import io.dbkeep.domain.project.VersionRetention;
import io.dbkeep.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The project-version contract on real PostgreSQL. */
class JpaProjectVersionsTest extends ProjectVersionsContract {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static PostgresPersistence persistence;

  @BeforeAll
  static void start() {
    persistence =
        PostgresPersistence.start(
            PersistenceSettings.of(DATABASE.jdbcUrl(), DATABASE.user(), DATABASE.password()));
  }

  @AfterAll
  static void stop() {
    persistence.close();
  }

  @Override
  protected Ports freshPorts(VersionRetention retention) {
    try (var connection = DATABASE.connect()) {
      connection.createStatement().execute("truncate table project, \"user\" cascade");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    var projects = persistence.projects();
    var versions = persistence.projectVersions(retention);
    return new Ports(
        persistence.unitOfWork(),
        projects,
        projects,
        projects,
        persistence.users(),
        versions,
        versions,
        versions,
        versions);
  }
}
