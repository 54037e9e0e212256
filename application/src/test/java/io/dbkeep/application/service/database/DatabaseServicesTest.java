package io.dbkeep.application.service.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.database.BackupReport;
import io.dbkeep.application.database.RestoreReport;
import io.dbkeep.application.port.in.database.MigrateDatabaseCommand;
import io.dbkeep.application.port.in.database.RestoreDatabaseCommand;
import io.dbkeep.application.port.out.database.DatabaseArchivePort;
import io.dbkeep.application.port.out.database.SchemaMigrationException;
import io.dbkeep.application.port.out.database.SchemaMigrationPort;
import io.dbkeep.domain.database.ArchiveManifest;
import io.dbkeep.domain.database.DatabaseOperationError;
import io.dbkeep.domain.database.DatabaseOperationError.Code;
import io.dbkeep.domain.database.Migration;
import io.dbkeep.domain.database.MigrationReport;
import io.dbkeep.domain.database.SchemaStatus;
import io.dbkeep.domain.database.SchemaVersion;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The lifecycle policies, on in-memory ports. */
class DatabaseServicesTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
  private static final Path BACKUPS = Path.of("/backups");

  /** Records what was asked; answers as configured. */
  static final class FakePorts implements SchemaMigrationPort, DatabaseArchivePort {
    final java.util.List<String> calls = new ArrayList<>();
    List<Migration> pending = List.of(Migration.pending(SchemaVersion.of("2"), "next"));
    boolean tables = true;
    long rows = 0;
    boolean migrationFails = false;
    Either<DatabaseOperationError, ArchiveManifest> inspected =
        Either.right(manifest(Option.of(SchemaVersion.of("1"))));

    @Override
    public SchemaStatus status() {
      return new SchemaStatus(
          Option.of(SchemaVersion.of("1")),
          SchemaVersion.of("2"),
          List.empty(),
          pending,
          false,
          Option.none());
    }

    @Override
    public List<String> driftFromMapping() {
      calls.add("drift");
      return List.empty();
    }

    @Override
    public MigrationReport migrate() {
      calls.add("migrate");
      if (migrationFails) {
        throw new SchemaMigrationException("Migration V2__next.sql failed: boom", null);
      }
      return new MigrationReport(
          Option.of(SchemaVersion.of("1")),
          Option.of(SchemaVersion.of("2")),
          pending,
          Option.none());
    }

    @Override
    public boolean hasTables() {
      return tables;
    }

    @Override
    public long rowsPresent() {
      return rows;
    }

    @Override
    public BackupReport backup(Path file) {
      calls.add("backup " + file);
      return new BackupReport(file, manifest(Option.of(SchemaVersion.of("1"))), 10);
    }

    @Override
    public Either<DatabaseOperationError, ArchiveManifest> inspect(Path file) {
      calls.add("inspect");
      return inspected;
    }

    @Override
    public Either<DatabaseOperationError, RestoreReport> restore(
        Path file, ArchiveManifest manifest, boolean replaced) {
      calls.add("restore replaced=" + replaced);
      return Either.right(new RestoreReport(file, manifest, replaced));
    }
  }

  static ArchiveManifest manifest(Option<SchemaVersion> version) {
    return new ArchiveManifest(1, CLOCK.instant(), version, List.empty());
  }

  @Test
  void migrateBacksUpFirstIntoATimestampedFileThenMigrates() {
    var ports = new FakePorts();
    var outcome =
        new MigrateDatabaseService(ports, ports, CLOCK)
            .migrate(new MigrateDatabaseCommand(true, BACKUPS))
            .get();
    assertThat(ports.calls)
        .containsExactly("backup " + BACKUPS.resolve("dbkeep-20261125T120000Z-v1.zip"), "migrate");
    assertThat(outcome.backup()).isNotEmpty();
  }

  @Test
  void noBackupWhenNothingIsPendingWhenTheDatabaseIsEmptyOrWhenToldNot() {
    var idle = new FakePorts();
    idle.pending = List.empty();
    assertThat(
            new MigrateDatabaseService(idle, idle, CLOCK)
                .migrate(new MigrateDatabaseCommand(true, BACKUPS))
                .get()
                .report()
                .changedAnything())
        .isFalse();
    assertThat(idle.calls).isEmpty();

    var empty = new FakePorts();
    empty.tables = false;
    new MigrateDatabaseService(empty, empty, CLOCK)
        .migrate(new MigrateDatabaseCommand(true, BACKUPS));
    assertThat(empty.calls).containsExactly("migrate");

    var told = new FakePorts();
    new MigrateDatabaseService(told, told, CLOCK)
        .migrate(new MigrateDatabaseCommand(false, BACKUPS));
    assertThat(told.calls).containsExactly("migrate");
  }

  @Test
  void aFailedMigrationNamesTheBackupToRestore() {
    var ports = new FakePorts();
    ports.migrationFails = true;
    var error =
        new MigrateDatabaseService(ports, ports, CLOCK)
            .migrate(new MigrateDatabaseCommand(true, BACKUPS))
            .getLeft();
    assertThat(error.code()).isEqualTo(Code.MIGRATION_FAILED);
    assertThat(error.message())
        .startsWith("Migration V2__next.sql failed: boom")
        .endsWith(
            "restore the backup taken first: " + BACKUPS.resolve("dbkeep-20261125T120000Z-v1.zip"));

    var unprotected = new FakePorts();
    unprotected.migrationFails = true;
    assertThat(
            new MigrateDatabaseService(unprotected, unprotected, CLOCK)
                .migrate(new MigrateDatabaseCommand(false, BACKUPS))
                .getLeft()
                .message())
        .endsWith("no backup was taken first");
  }

  @Test
  void restoreRefusesDamagedThenNewerArchivesThenNonEmptyTargetsBeforeTouchingAnything() {
    var damaged = new FakePorts();
    damaged.inspected =
        Either.left(
            new DatabaseOperationError(Code.ARCHIVE_UNREADABLE, "cannot restore x: damaged"));
    assertThat(
            new RestoreDatabaseService(damaged, damaged)
                .restore(new RestoreDatabaseCommand(Path.of("x"), true))
                .getLeft()
                .code())
        .isEqualTo(Code.ARCHIVE_UNREADABLE);

    var newer = new FakePorts();
    newer.inspected = Either.right(manifest(Option.of(SchemaVersion.of("3"))));
    var tooNew =
        new RestoreDatabaseService(newer, newer)
            .restore(new RestoreDatabaseCommand(Path.of("x"), true));
    assertThat(tooNew.getLeft().code()).isEqualTo(Code.ARCHIVE_TOO_NEW);
    assertThat(tooNew.getLeft().message()).contains("3", "2");

    var full = new FakePorts();
    full.rows = 12;
    assertThat(
            new RestoreDatabaseService(full, full)
                .restore(new RestoreDatabaseCommand(Path.of("x"), false))
                .getLeft()
                .code())
        .isEqualTo(Code.DATABASE_NOT_EMPTY);
    for (var ports : java.util.List.of(damaged, newer, full)) {
      assertThat(ports.calls).noneMatch(c -> c.startsWith("restore"));
    }

    assertThat(
            new RestoreDatabaseService(full, full)
                .restore(new RestoreDatabaseCommand(Path.of("x"), true))
                .get()
                .replacedExistingData())
        .isTrue();
    var original = new FakePorts();
    original.inspected = Either.right(manifest(Option.none()));
    assertThat(
            new RestoreDatabaseService(original, original)
                .restore(new RestoreDatabaseCommand(Path.of("x"), false))
                .isRight())
        .isTrue();
  }

  @Test
  void statusComparesWithTheMappingOnlyWhenNothingIsPending() {
    var pending = new FakePorts();
    assertThat(new GetSchemaStatusService(pending).schemaStatus().drift()).isEmpty();
    assertThat(pending.calls).doesNotContain("drift");

    var current = new FakePorts();
    current.pending = List.empty();
    var status = new GetSchemaStatusService(current).schemaStatus();
    assertThat(status.drift().get()).isEmpty();
    assertThat(status.inSync()).isTrue();
  }
}
