package io.dbkeep.adapter.out.persistence.lifecycle;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dbkeep.adapter.out.persistence.PersistenceSettings;
import io.dbkeep.adapter.out.persistence.migration.FlywayMigrations;
import io.dbkeep.application.port.out.database.DatabaseArchivePort;
import io.dbkeep.application.port.out.database.SchemaMigrationPort;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * The database lifecycle, assembled for one database: migrations (with adoption of an original
 * DBKeep database), backup archives, and the difference between the live schema and the mapping.
 * Uses its own small pool without a statement timeout (backups and migrations may run long). Close
 * it when done.
 */
public final class DatabaseLifecycle implements AutoCloseable {

  /** Where DBKeep's own migrations live. */
  public static final String BUILT_IN_MIGRATIONS = FlywayMigrations.BUILT_IN_MIGRATIONS;

  private final HikariDataSource dataSource;
  private final List<Class<?>> entities;
  private final FlywayMigrations migrations;
  private final CopyArchive archives;

  private DatabaseLifecycle(
      PersistenceSettings settings,
      List<Class<?>> entities,
      Clock clock,
      String producer,
      String... locations) {
    this.dataSource = pool(settings);
    this.entities = List.copyOf(entities);
    this.migrations = new FlywayMigrations(dataSource, () -> stringsOf(diff()), locations);
    this.archives = new CopyArchive(dataSource, migrations, clock, producer);
  }

  /**
   * Opens the lifecycle tools on the database of {@code settings}.
   *
   * @param entities the persistence mapping, compared with the live schema
   * @param producer who writes backups (e.g. {@code dbkeep 0.1.0}), recorded in their manifests
   * @param locations Flyway locations; none means {@link #BUILT_IN_MIGRATIONS}
   */
  public static DatabaseLifecycle open(
      PersistenceSettings settings,
      List<Class<?>> entities,
      Clock clock,
      String producer,
      String... locations) {
    return new DatabaseLifecycle(
        settings,
        entities,
        clock,
        producer,
        locations.length == 0 ? new String[] {BUILT_IN_MIGRATIONS} : locations);
  }

  public SchemaMigrationPort migrations() {
    return migrations;
  }

  FlywayMigrations flywayMigrations() {
    return migrations;
  }

  public DatabaseArchivePort archives() {
    return archives;
  }

  /** What it would take to make the live schema fit the mapping; empty when it fits. */
  public List<MappingDiff.Step> diff() {
    return MappingDiff.compare(dataSource, entities);
  }

  /** Runs {@code steps} in one transaction (all or nothing). */
  public void apply(List<MappingDiff.Step> steps) {
    try (var connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (var statement = connection.createStatement()) {
        for (var step : steps) {
          statement.execute(step.sql());
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("nothing was changed: " + e.getMessage(), e);
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static List<String> stringsOf(List<MappingDiff.Step> steps) {
    return steps.stream().map(MappingDiff.Step::toString).toList();
  }

  private static HikariDataSource pool(PersistenceSettings settings) {
    var config = new HikariConfig();
    config.setPoolName("dbkeep-lifecycle");
    config.setJdbcUrl(settings.jdbcUrl());
    if (settings.username() != null) {
      config.setUsername(settings.username());
    }
    if (settings.password() != null) {
      config.setPassword(settings.password());
    }
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    config.setInitializationFailTimeout(settings.connectionTimeout().toMillis());
    config.addDataSourceProperty(
        "connectTimeout", Long.toString(Math.max(1, settings.connectionTimeout().toSeconds())));
    config.addDataSourceProperty("ApplicationName", "dbkeep-lifecycle");
    return new HikariDataSource(config);
  }
}
