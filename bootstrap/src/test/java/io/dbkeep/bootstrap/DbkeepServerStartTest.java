package io.dbkeep.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.ServerConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the server's start asks of the persistence adapter (ADR 0134). */
class DbkeepServerStartTest {

  @Test
  void thePersistenceAdapterDoesNotMigrateAgainAfterTheStartupMigration() {
    for (var migrate : new String[] {"true", "false"}) {
      var config =
          ServerConfig.from(
              new Environment(
                  Map.of(
                      "DATABASE_URL",
                      "postgresql://someone@db.example:5433/keep",
                      "DATABASE_MIGRATE",
                      migrate)),
              null);
      assertThat(config.migrateOnStart()).isEqualTo(Boolean.parseBoolean(migrate));

      var settings = DbkeepServer.persistenceSettings(config);

      assertThat(settings.migrateOnStart()).isFalse();
      assertThat(settings.withMigrateOnStart(config.migrateOnStart()))
          .isEqualTo(config.persistence());
    }
  }
}
