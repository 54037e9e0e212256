package io.dbkeep.adapter.out.persistence.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.adapter.out.persistence.PersistenceSettings;
import io.dbkeep.adapter.out.persistence.lifecycle.fixture.DescribedProjectJpaEntity;
import io.dbkeep.adapter.out.persistence.user.UserJpaEntity;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code db generate}: a field added to a mapping becomes the next migration, which applies. */
class MigrationGeneratorTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static final List<Class<?>> EXTENDED_MAPPING =
      List.of(UserJpaEntity.class, DescribedProjectJpaEntity.class);

  @TempDir Path migrations;

  private PersistenceSettings settings() {
    return PersistenceSettings.of(DATABASE.jdbcUrl(), DATABASE.user(), DATABASE.password());
  }

  @Test
  void aFieldAddedToTheMappingBecomesTheNextMigrationWhichAppliesCleanly() throws IOException {
    BuiltInMigrations.copyTo(migrations);

    var result =
        MigrationGenerator.generate(
            settings(), EXTENDED_MAPPING, migrations, "Add project description");

    var file = result.file().get();
    assertThat(file.getFileName().toString())
        .isEqualTo("V" + BuiltInMigrations.next() + "__add_project_description.sql");
    assertThat(Files.readString(file)).contains("description").contains("varchar(500)");
    assertThat(result.steps()).noneMatch(MappingDiff.Step::destructive);
    assertThat(result.remaining()).isEmpty();

    // the new file applies to a real database after the others, and the mapping then fits it
    var applied =
        Flyway.configure()
            .dataSource(DATABASE.jdbcUrl(), DATABASE.user(), DATABASE.password())
            .locations("filesystem:" + migrations)
            .load()
            .migrate();
    assertThat(applied.success).isTrue();
    assertThat(applied.targetSchemaVersion).isEqualTo(BuiltInMigrations.next());
    try (var lifecycle =
        DatabaseLifecycle.open(settings(), EXTENDED_MAPPING, Clock.systemUTC(), "test")) {
      assertThat(lifecycle.diff()).isEmpty();
    }

    var again =
        MigrationGenerator.generate(
            settings(), EXTENDED_MAPPING, migrations, "Add project description");
    assertThat(again.file().isEmpty()).as("nothing to generate").isTrue();
    assertThat(Files.list(migrations)).hasSize(BuiltInMigrations.files().size() + 1);
  }

  @Test
  void aMissingFolderOrAnUnusableNameIsRefused() {
    assertThatThrownBy(
            () ->
                MigrationGenerator.generate(
                    settings(), EXTENDED_MAPPING, migrations.resolve("nope"), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--dir");
    assertThatThrownBy(
            () -> MigrationGenerator.generate(settings(), EXTENDED_MAPPING, migrations, "!!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("letters or digits");
  }
}
