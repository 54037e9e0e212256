package io.dbkeep.adapter.out.persistence.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.out.persistence.PersistenceSettings;
import io.dbkeep.adapter.out.persistence.PostgresPersistence;
import io.dbkeep.application.service.database.GetSchemaStatusService;
import io.dbkeep.domain.database.Migration;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Status and migrate from an empty database, and drift between the schema and the mapping. */
class SchemaLifecycleTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private DatabaseLifecycle open() {
    return DatabaseLifecycle.open(
        PersistenceSettings.of(DATABASE.jdbcUrl(), DATABASE.user(), DATABASE.password()),
        PostgresPersistence.ENTITIES,
        Clock.systemUTC(),
        "test");
  }

  @Test
  void anEmptyDatabaseIsMigratedAndThenInSyncWithTheMapping() throws Exception {
    try (var lifecycle = open()) {
      var status = new GetSchemaStatusService(lifecycle.migrations());

      var before = status.schemaStatus();
      assertThat(before.currentVersion().isEmpty()).isTrue();
      assertThat(before.awaitsAdoption()).isFalse();
      assertThat(before.pending().map(m -> m.version().text())).contains("1");
      assertThat(before.inSync()).isFalse();

      var report = lifecycle.migrations().migrate();
      assertThat(report.applied().map(Migration::description)).contains("seed schema");
      assertThat(report.toVersion().get()).isEqualTo(before.latestKnownVersion());

      var after = status.schemaStatus();
      assertThat(after.pending()).isEmpty();
      assertThat(after.applied().map(m -> m.version().text())).contains("1");
      assertThat(after.drift().get()).as("drift after migrating").isEmpty();
      assertThat(after.inSync()).isTrue();

      assertThat(lifecycle.migrations().migrate().changedAnything()).isFalse();

      try (var connection = DATABASE.connect();
          var statement = connection.createStatement()) {
        statement.execute("alter table project drop column owner_type");
        statement.execute("alter table project alter column version type integer");
      }
      var drifted = status.schemaStatus();
      assertThat(drifted.inSync()).isFalse();
      assertThat(drifted.drift().get())
          .anySatisfy(d -> assertThat(d).contains("owner_type"))
          .anySatisfy(d -> assertThat(d).startsWith("[destructive]").contains("version"));

      var steps = lifecycle.diff();
      lifecycle.apply(steps);
      assertThat(lifecycle.diff()).isEmpty();
    }
  }
}
