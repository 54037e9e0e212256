package io.dbkeep.adapter.out.persistence.migration;

import io.dbkeep.application.port.out.database.SchemaMigrationException;
import io.dbkeep.application.port.out.database.SchemaMigrationPort;
import io.dbkeep.domain.database.AdoptionReport;
import io.dbkeep.domain.database.Migration;
import io.dbkeep.domain.database.MigrationReport;
import io.dbkeep.domain.database.SchemaStatus;
import io.dbkeep.domain.database.SchemaVersion;
import io.dbkeep.json.JsonCodec;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SchemaMigrationPort} with Flyway. A database of the original DBKeep (its tables, no
 * migration history) is adopted in place by {@link OriginalDatabaseAdoption}, baselined at {@link
 * #ADOPTION_BASELINE} (the seed schema it now matches), then migrated like any other.
 */
public final class FlywayMigrations implements SchemaMigrationPort {

  private static final Logger LOG = LoggerFactory.getLogger(FlywayMigrations.class);

  /** The version an adopted database is baselined at: V1, the seed schema. */
  public static final SchemaVersion ADOPTION_BASELINE = SchemaVersion.of("1");

  private final DataSource dataSource;
  private final String[] locations;
  private final Supplier<java.util.List<String>> drift;

  /**
   * @param locations Flyway locations of the migrations ({@code classpath:db/migration} for the
   *     built-in ones)
   * @param drift computes the differences between the live schema and the mapping
   */
  public FlywayMigrations(
      DataSource dataSource, Supplier<java.util.List<String>> drift, String... locations) {
    this.dataSource = dataSource;
    this.drift = drift;
    this.locations = locations.clone();
  }

  /** Where DBKeep's own migrations live. */
  public static final String BUILT_IN_MIGRATIONS = "classpath:db/migration";

  /** Flyway configured for DBKeep's migrations. */
  public Flyway flyway() {
    return configure().load();
  }

  private org.flywaydb.core.api.configuration.FluentConfiguration configure() {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(locations)
        .failOnMissingLocations(true)
        .loggers("slf4j");
  }

  @Override
  public SchemaStatus status() {
    boolean original;
    try (var connection = dataSource.getConnection()) {
      original = OriginalDatabaseAdoption.isOriginalDatabase(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the schema: " + e.getMessage(), e);
    }
    var info = flyway().info();
    var all = List.of(info.all()).filter(MigrationInfo::isVersioned);
    var applied =
        all.filter(m -> m.getState().isApplied() && m.getState() != MigrationState.FAILED)
            .map(FlywayMigrations::toMigration);
    var pending =
        List.of(info.pending())
            .filter(MigrationInfo::isVersioned)
            .map(FlywayMigrations::toMigration)
            .filter(m -> !original || m.version().isNewerThan(ADOPTION_BASELINE));
    var current =
        Option.of(info.current())
            .filter(m -> m.getVersion() != null)
            .map(m -> SchemaVersion.of(m.getVersion().getVersion()));
    return new SchemaStatus(current, latestKnown(all), applied, pending, original, Option.none());
  }

  private static SchemaVersion latestKnown(List<MigrationInfo> all) {
    return all.map(m -> SchemaVersion.of(m.getVersion().getVersion()))
        .max()
        .getOrElse(SchemaVersion.of("0"));
  }

  /** Whether one of the migrations has exactly this version. */
  public boolean knows(SchemaVersion version) {
    return List.of(flyway().info().all())
        .filter(MigrationInfo::isVersioned)
        .exists(m -> SchemaVersion.of(m.getVersion().getVersion()).compareTo(version) == 0);
  }

  @Override
  public List<String> driftFromMapping() {
    return List.ofAll(drift.get());
  }

  @Override
  public MigrationReport migrate() {
    var before = status();
    Option<AdoptionReport> adoption = Option.none();
    if (before.awaitsAdoption()) {
      adoption = Option.of(adopt());
    }
    try {
      var result = flyway().migrate();
      var applied =
          List.ofAll(result.migrations)
              .filter(m -> m.version != null && !m.version.isEmpty())
              .map(m -> Migration.pending(SchemaVersion.of(m.version), m.description));
      var after = Option.of(result.targetSchemaVersion).map(SchemaVersion::of);
      applied.forEach(m -> LOG.info("Applied migration {} ({})", m.version(), m.description()));
      return new MigrationReport(
          before.currentVersion(),
          after.orElse(
              adoption.isDefined() ? Option.of(ADOPTION_BASELINE) : before.currentVersion()),
          applied,
          adoption);
    } catch (FlywayException e) {
      throw new SchemaMigrationException("the migration failed: " + firstLine(e), e);
    }
  }

  private AdoptionReport adopt() {
    AdoptionReport report;
    try (var connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        report = new OriginalDatabaseAdoption(connection, new JsonCodec()).adopt();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException | RuntimeException e) {
      throw new SchemaMigrationException(
          "adopting the original DBKeep database failed (nothing was changed): " + firstLine(e), e);
    }
    try (var connection = dataSource.getConnection()) {
      if (SchemaCatalog.allTables(connection).contains(SchemaCatalog.HISTORY_TABLE)) {
        return report; // adopted concurrently by another instance, which baselined it
      }
    } catch (SQLException e) {
      throw new SchemaMigrationException("cannot read the schema: " + e.getMessage(), e);
    }
    try {
      configure()
          .baselineVersion(ADOPTION_BASELINE.text())
          .baselineDescription("adopted original DBKeep database")
          .load()
          .baseline();
    } catch (FlywayException e) {
      throw new SchemaMigrationException(
          "the original database was adopted but could not be baselined: " + firstLine(e), e);
    }
    LOG.info(
        "Adopted the original DBKeep database: {} document(s) converted to jsonb, {} kept in"
            + " project.legacy_data, {} engine(s) normalised; baselined at version {}",
        report.documentsConverted(),
        report.unreadableDocuments().size(),
        report.enginesNormalised(),
        ADOPTION_BASELINE);
    report.unreadableDocuments().forEach(p -> LOG.warn("Unreadable project document: {}", p));
    return report;
  }

  /** Removes every object of the managed schema (for a restore that replaces it). */
  public void clean() {
    configure().cleanDisabled(false).load().clean();
  }

  /** Applies the migrations up to and including {@code version}. */
  public void migrateTo(SchemaVersion version) {
    configure().target(version.text()).load().migrate();
  }

  /** The schema version recorded in the migration history, read on {@code connection}. */
  public static Option<SchemaVersion> appliedVersion(Connection connection) throws SQLException {
    if (!SchemaCatalog.allTables(connection).contains(SchemaCatalog.HISTORY_TABLE)) {
      return Option.none();
    }
    try (var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "select version from "
                    + SchemaCatalog.HISTORY_TABLE
                    + " where success and version is not null")) {
      Option<SchemaVersion> latest = Option.none();
      while (rows.next()) {
        var version = SchemaVersion.of(rows.getString(1));
        if (latest.isEmpty() || version.isNewerThan(latest.get())) {
          latest = Option.of(version);
        }
      }
      return latest;
    }
  }

  private static Migration toMigration(MigrationInfo info) {
    return new Migration(
        SchemaVersion.of(info.getVersion().getVersion()),
        info.getDescription(),
        Option.of(info.getInstalledOn()).map(java.util.Date::toInstant));
  }

  /** The first line of a failure's message, with the SQL error behind it when there is one. */
  public static String firstLine(Throwable failure) {
    var head = firstLineOf(failure.getMessage());
    String sql = null;
    for (var cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException && cause.getMessage() != null) {
        sql = firstLineOf(cause.getMessage());
      }
    }
    if (head.isEmpty()) {
      head = failure.getClass().getSimpleName();
    }
    return sql == null || head.contains(sql) ? head : head + ": " + sql;
  }

  private static String firstLineOf(String message) {
    if (message == null) {
      return "";
    }
    return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
  }
}
