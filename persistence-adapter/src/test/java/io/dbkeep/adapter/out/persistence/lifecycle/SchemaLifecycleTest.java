package io.dbkeep.adapter.out.persistence.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.out.persistence.PersistenceSettings;
import io.dbkeep.adapter.out.persistence.PostgresPersistence;
import io.dbkeep.application.port.in.database.MigrateDatabaseCommand;
import io.dbkeep.application.service.database.GetSchemaStatusService;
import io.dbkeep.application.service.database.MigrateDatabaseService;
import io.dbkeep.domain.database.DatabaseOperationError.Code;
import io.dbkeep.domain.database.Migration;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

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
  void aFailedMigrationNamesTheBackupTakenFirst(@TempDir Path folder) throws Exception {
    var database = DATABASE.createAnotherDatabase("failing");
    var settings =
        PersistenceSettings.of(DATABASE.jdbcUrlOf(database), DATABASE.user(), DATABASE.password());
    try (var lifecycle =
        DatabaseLifecycle.open(settings, PostgresPersistence.ENTITIES, Clock.systemUTC(), "test")) {
      lifecycle.migrations().migrate();
    }
    var migrations = Files.createDirectories(folder.resolve("migrations"));
    BuiltInMigrations.copyTo(migrations);
    var broken = "V" + BuiltInMigrations.next() + "__broken.sql";
    Files.writeString(
        migrations.resolve(broken),
        "alter table project add column fine text;\nalter table nowhere add column x text;\n");
    try (var lifecycle =
        DatabaseLifecycle.open(
            settings,
            PostgresPersistence.ENTITIES,
            Clock.systemUTC(),
            "test",
            "filesystem:" + migrations)) {
      var failed =
          new MigrateDatabaseService(
                  lifecycle.migrations(), lifecycle.archives(), Clock.systemUTC())
              .migrate(new MigrateDatabaseCommand(true, folder.resolve("backups")));

      var error = failed.getLeft();
      assertThat(error.code()).isEqualTo(Code.MIGRATION_FAILED);
      assertThat(error.message()).contains(broken).contains("nowhere");
      var backups = Files.list(folder.resolve("backups")).toList();
      assertThat(backups).singleElement();
      assertThat(error.message()).contains(backups.get(0).toString());
      // PostgreSQL ran the failed migration in one transaction: nothing of it remains
      assertThat(lifecycle.migrations().status().currentVersion().get())
          .isEqualTo(BuiltInMigrations.latest());
      assertThat(lifecycle.migrations().status().pending().map(m -> m.version().text()))
          .containsExactly(BuiltInMigrations.next());
    } finally {
      try (var admin = DATABASE.connectAdmin()) {
        admin.createStatement().execute("drop database " + database + " with (force)");
      }
    }
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
