package io.dbkeep.bootstrap;

import io.dbkeep.adapter.out.persistence.PostgresPersistence;
import io.dbkeep.adapter.out.persistence.lifecycle.DatabaseLifecycle;
import io.dbkeep.adapter.out.persistence.lifecycle.MappingDiff;
import io.dbkeep.adapter.out.persistence.lifecycle.MigrationGenerator;
import io.dbkeep.application.port.in.database.BackupDatabaseUseCase;
import io.dbkeep.application.port.in.database.GetSchemaStatusQuery;
import io.dbkeep.application.port.in.database.MigrateDatabaseCommand;
import io.dbkeep.application.port.in.database.MigrateDatabaseUseCase;
import io.dbkeep.application.port.in.database.RestoreDatabaseUseCase;
import io.dbkeep.application.service.database.BackupDatabaseService;
import io.dbkeep.application.service.database.GetSchemaStatusService;
import io.dbkeep.application.service.database.MigrateDatabaseService;
import io.dbkeep.application.service.database.RestoreDatabaseService;
import io.dbkeep.bootstrap.cli.VersionCommand;
import io.dbkeep.bootstrap.config.OperationsConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The database lifecycle wired for the {@code dbkeep db …} commands and for the server's start: the
 * persistence adapter's lifecycle tools behind the application's use cases. Close it when done.
 */
public final class DatabaseTools implements AutoCloseable {

  private final ServerConfig config;
  private final OperationsConfig operations;
  private final DatabaseLifecycle lifecycle;
  private final Clock clock;
  private AutoCloseable closeAfter = () -> {};

  private DatabaseTools(
      ServerConfig config, OperationsConfig operations, DatabaseLifecycle lifecycle, Clock clock) {
    this.config = config;
    this.operations = operations;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  /**
   * Connects to the configured database.
   *
   * @param createIfMissing create the database first when the server has none of that name
   * @throws DbkeepServer.StartupException when it cannot be reached
   */
  public static DatabaseTools open(
      ServerConfig config, OperationsConfig operations, Clock clock, boolean createIfMissing) {
    if (createIfMissing) {
      DbkeepServer.createDatabaseIfMissing(config);
    }
    try {
      return new DatabaseTools(
          config,
          operations,
          DatabaseLifecycle.open(
              config.persistence(),
              PostgresPersistence.ENTITIES,
              clock,
              String.join(" ", new VersionCommand.Provider().getVersion()[0])),
          clock);
    } catch (RuntimeException e) {
      throw new DbkeepServer.StartupException(
          "cannot use the database at "
              + config.database().display()
              + ": "
              + DbkeepServer.rootMessage(e),
          e);
    }
  }

  public GetSchemaStatusQuery status() {
    return new GetSchemaStatusService(lifecycle.migrations());
  }

  public MigrateDatabaseUseCase migrate() {
    return new MigrateDatabaseService(lifecycle.migrations(), lifecycle.archives(), clock);
  }

  public BackupDatabaseUseCase backup() {
    return new BackupDatabaseService(lifecycle.archives(), lifecycle.migrations(), clock);
  }

  public RestoreDatabaseUseCase restore() {
    return new RestoreDatabaseService(lifecycle.archives(), lifecycle.migrations());
  }

  /** The command {@code serve} and {@code db migrate} run, with the configured backup folder. */
  public MigrateDatabaseCommand migrateCommand(boolean backupFirst) {
    return new MigrateDatabaseCommand(backupFirst, operations.backupDirectory());
  }

  /** What it would take to make the live schema fit the mapping. */
  public List<MappingDiff.Step> diff() {
    return lifecycle.diff();
  }

  /** Runs the steps in one transaction. */
  public void apply(List<MappingDiff.Step> steps) {
    lifecycle.apply(steps);
  }

  /**
   * {@code db generate}: the next migration in {@code folder} for the mapping, worked out on a
   * scratch database on the configured server (the configured database itself is not used).
   */
  public static MigrationGenerator.Result generate(ServerConfig config, Path folder, String name) {
    return MigrationGenerator.generate(
        config.persistence(), PostgresPersistence.ENTITIES, folder, name);
  }

  public OperationsConfig operations() {
    return operations;
  }

  public ServerConfig config() {
    return config;
  }

  /** These tools, closing {@code resource} (e.g. the embedded database) after themselves. */
  public DatabaseTools closing(AutoCloseable resource) {
    this.closeAfter = resource;
    return this;
  }

  @Override
  public void close() {
    try {
      lifecycle.close();
    } finally {
      try {
        closeAfter.close();
      } catch (Exception e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
  }
}
