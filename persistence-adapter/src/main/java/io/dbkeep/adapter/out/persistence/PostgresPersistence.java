package io.dbkeep.adapter.out.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dbkeep.adapter.out.persistence.health.DatabaseHealthAdapter;
import io.dbkeep.adapter.out.persistence.identity.AccountJpaEntity;
import io.dbkeep.adapter.out.persistence.identity.IdentityPersistenceAdapter;
import io.dbkeep.adapter.out.persistence.identity.SessionJpaEntity;
import io.dbkeep.adapter.out.persistence.identity.VerificationJpaEntity;
import io.dbkeep.adapter.out.persistence.job.JobRunPersistenceAdapter;
import io.dbkeep.adapter.out.persistence.mail.MailOutboxJpaEntity;
import io.dbkeep.adapter.out.persistence.mail.MailOutboxPersistenceAdapter;
import io.dbkeep.adapter.out.persistence.migration.FlywayMigrations;
import io.dbkeep.adapter.out.persistence.project.ProjectJpaEntity;
import io.dbkeep.adapter.out.persistence.project.ProjectPersistenceAdapter;
import io.dbkeep.adapter.out.persistence.project.ProjectVersionPersistenceAdapter;
import io.dbkeep.adapter.out.persistence.ratelimit.RateLimitPersistenceAdapter;
import io.dbkeep.adapter.out.persistence.transaction.JpaUnitOfWork;
import io.dbkeep.adapter.out.persistence.user.UserJpaEntity;
import io.dbkeep.adapter.out.persistence.user.UserPersistenceAdapter;
import io.dbkeep.application.port.out.health.CheckDatabasePort;
import io.dbkeep.application.port.out.identity.MailOutboxPort;
import io.dbkeep.application.port.out.job.JobRunPort;
import io.dbkeep.application.port.out.ratelimit.RateLimitPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.project.VersionRetention;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistence adapter, assembled: a connection pool, the Flyway migrations, and Hibernate
 * validating its mapping against the migrated schema. Exposes the out-port implementations. Closing
 * it closes the entity manager factory and the pool.
 */
public final class PostgresPersistence implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresPersistence.class);

  /** Every entity class of the mapping (Hibernate validates them against the schema at start). */
  public static final List<Class<?>> ENTITIES =
      List.of(
          UserJpaEntity.class,
          ProjectJpaEntity.class,
          SessionJpaEntity.class,
          AccountJpaEntity.class,
          VerificationJpaEntity.class,
          MailOutboxJpaEntity.class);

  private final HikariDataSource dataSource;
  private final EntityManagerFactory entityManagerFactory;
  private final JpaUnitOfWork unitOfWork;
  private final ProjectPersistenceAdapter projects;
  private final UserPersistenceAdapter users;
  private final DatabaseHealthAdapter health;
  private final IdentityPersistenceAdapter identity;
  private final MailOutboxPersistenceAdapter mailOutbox;
  private final RateLimitPersistenceAdapter rateLimits;
  private final JobRunPersistenceAdapter jobRuns;

  private PostgresPersistence(PersistenceSettings settings, boolean readReplica) {
    this.dataSource = pool(settings, readReplica);
    try {
      if (settings.migrateOnStart() && !readReplica) {
        migrate(dataSource);
      }
      this.entityManagerFactory = entityManagerFactory(dataSource, readReplica);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    this.unitOfWork = new JpaUnitOfWork(entityManagerFactory);
    this.projects = new ProjectPersistenceAdapter(unitOfWork);
    this.users = new UserPersistenceAdapter(unitOfWork);
    this.identity = new IdentityPersistenceAdapter(unitOfWork);
    this.mailOutbox = new MailOutboxPersistenceAdapter(unitOfWork);
    this.rateLimits = new RateLimitPersistenceAdapter(unitOfWork);
    this.jobRuns = new JobRunPersistenceAdapter(unitOfWork);
    this.health =
        new DatabaseHealthAdapter(dataSource, (int) settings.connectionTimeout().toSeconds());
  }

  /**
   * Connects, migrates (when the settings say so) and validates the mapping.
   *
   * @throws RuntimeException when the database cannot be reached, a migration fails, or the schema
   *     does not match the mapping
   */
  public static PostgresPersistence start(PersistenceSettings settings) {
    return new PostgresPersistence(settings, false);
  }

  /**
   * A read replica ({@code DATABASE_READ_URL}) with a read-only pool of its own; never migrates or
   * validates (the replica follows the primary, which was validated) and starts even while the
   * replica is unreachable. Only its read ports may be used.
   */
  public static PostgresPersistence startReadReplica(PersistenceSettings settings) {
    return new PostgresPersistence(settings, true);
  }

  /**
   * Applies pending migrations, first adopting a database of the original DBKeep in place when it
   * finds one; returns how many migrations were applied.
   */
  public static int migrate(DataSource dataSource) {
    var report =
        new FlywayMigrations(dataSource, List::of, FlywayMigrations.BUILT_IN_MIGRATIONS).migrate();
    if (!report.applied().isEmpty()) {
      LOG.info(
          "Applied {} migration(s); schema now at version {}",
          report.applied().size(),
          report.toVersion().map(Object::toString).getOrElse("none"));
    }
    return report.applied().size();
  }

  /** Flyway configured for DBKeep's migrations on {@code dataSource}. */
  public static Flyway flyway(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load();
  }

  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  public ProjectPersistenceAdapter projects() {
    return projects;
  }

  /** The project-version ports, forgetting old versions as {@code retention} says. */
  public ProjectVersionPersistenceAdapter projectVersions(VersionRetention retention) {
    return new ProjectVersionPersistenceAdapter(unitOfWork, retention);
  }

  public UserPersistenceAdapter users() {
    return users;
  }

  /** The session, account and verification ports, over this database. */
  public IdentityPersistenceAdapter identity() {
    return identity;
  }

  /** The queue of identity mails still to send. */
  public MailOutboxPort mailOutbox() {
    return mailOutbox;
  }

  /** Rate-limit buckets shared by every instance on this database. */
  public RateLimitPort rateLimits() {
    return rateLimits;
  }

  /** Claims of periodic jobs' runs, shared by every instance on this database. */
  public JobRunPort jobRuns() {
    return jobRuns;
  }

  public CheckDatabasePort databaseHealth() {
    return health;
  }

  /** The pool, for operations that work below the mapping (backups, status). */
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    try {
      entityManagerFactory.close();
    } finally {
      dataSource.close();
    }
  }

  private static HikariDataSource pool(PersistenceSettings settings, boolean readReplica) {
    var config = new HikariConfig();
    config.setPoolName(readReplica ? "dbkeep-replica" : "dbkeep");
    config.setReadOnly(readReplica);
    config.setJdbcUrl(settings.jdbcUrl());
    if (settings.username() != null) {
      config.setUsername(settings.username());
    }
    if (settings.password() != null) {
      config.setPassword(settings.password());
    }
    config.setMaximumPoolSize(settings.maximumPoolSize());
    config.setMinimumIdle(Math.min(2, settings.maximumPoolSize()));
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    config.setValidationTimeout(Math.min(settings.connectionTimeout().toMillis(), 5_000));
    config.setAutoCommit(false);
    // A pool that cannot connect at start fails fast; later outages are waited out per request.
    // A replica that is down at start is not fatal: lists use the primary until it answers.
    config.setInitializationFailTimeout(readReplica ? -1 : settings.connectionTimeout().toMillis());
    config.addDataSourceProperty(
        "connectTimeout", Long.toString(Math.max(1, settings.connectionTimeout().toSeconds())));
    config.addDataSourceProperty(
        "options", "-c statement_timeout=" + settings.statementTimeout().toMillis());
    config.addDataSourceProperty("ApplicationName", readReplica ? "dbkeep-replica" : "dbkeep");
    // A healthy server answers within the statement timeout (it cancels longer statements), so
    // silence beyond it plus the connect timeout means the connection is dead (e.g. a network
    // partition that drops packets): give up then instead of hanging a request.
    config.addDataSourceProperty(
        "socketTimeout",
        Long.toString(
            (settings.statementTimeout().toMillis() + settings.connectionTimeout().toMillis() + 999)
                / 1000));
    config.addDataSourceProperty("tcpKeepAlive", "true");
    return new HikariDataSource(config);
  }

  /**
   * A replica's factory neither validates nor asks the database for metadata at start: the replica
   * is a copy of the primary (validated), may still be replaying the latest migrations, or may be
   * down for a while; its users fall back to the primary meanwhile.
   */
  private static EntityManagerFactory entityManagerFactory(
      DataSource dataSource, boolean readReplica) {
    var configuration = new HibernatePersistenceConfiguration("dbkeep");
    if (readReplica) {
      configuration
          .property("hibernate.boot.allow_jdbc_metadata_access", false)
          .property("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
    }
    return configuration
        .managedClasses(ENTITIES)
        .schemaToolingAction(readReplica ? Action.NONE : Action.VALIDATE)
        .property("jakarta.persistence.nonJtaDataSource", dataSource)
        .property("hibernate.connection.provider_disables_autocommit", true)
        .property("hibernate.type.json_format_mapper", "jackson3")
        .property("hibernate.jdbc.time_zone", "UTC")
        .createEntityManagerFactory();
  }
}
