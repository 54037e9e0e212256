package io.dbkeep.bootstrap;

import io.dbkeep.adapter.in.web.HttpApi;
import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.designer.DesignerController;
import io.dbkeep.adapter.in.web.docs.ApiDocsController;
import io.dbkeep.adapter.in.web.health.HealthController;
import io.dbkeep.adapter.in.web.metrics.MetricsController;
import io.dbkeep.adapter.in.web.project.ProjectController;
import io.dbkeep.adapter.out.metrics.PrometheusMetrics;
import io.dbkeep.adapter.out.persistence.DatabaseCreator;
import io.dbkeep.adapter.out.persistence.PostgresPersistence;
import io.dbkeep.adapter.out.persistence.replica.ReplicaPositionAdapter;
import io.dbkeep.application.port.in.project.CreateProjectUseCase;
import io.dbkeep.application.port.in.project.DeleteProjectUseCase;
import io.dbkeep.application.port.in.project.DuplicateProjectUseCase;
import io.dbkeep.application.port.in.project.ListProjectsQuery;
import io.dbkeep.application.port.in.project.RestoreProjectVersionUseCase;
import io.dbkeep.application.port.in.project.UpdateProjectUseCase;
import io.dbkeep.application.port.in.schema.ImportProjectUseCase;
import io.dbkeep.application.port.out.metrics.RecordActivityPort;
import io.dbkeep.application.service.health.CheckReadinessService;
import io.dbkeep.application.service.job.PeriodicJobsService;
import io.dbkeep.application.service.job.PeriodicJobsService.PeriodicJob;
import io.dbkeep.application.service.metrics.ProjectSaveCountingService;
import io.dbkeep.application.service.project.CreateProjectService;
import io.dbkeep.application.service.project.DeleteProjectService;
import io.dbkeep.application.service.project.DuplicateProjectService;
import io.dbkeep.application.service.project.GetProjectService;
import io.dbkeep.application.service.project.ImportProjectService;
import io.dbkeep.application.service.project.ListProjectsService;
import io.dbkeep.application.service.project.ReadStoredProjectService;
import io.dbkeep.application.service.project.UpdateProjectService;
import io.dbkeep.application.service.replica.ReadYourWritesService;
import io.dbkeep.application.service.user.EnsureGuestUserService;
import io.dbkeep.bootstrap.config.DatabaseUrl;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.JobsConfig;
import io.dbkeep.bootstrap.config.OperationsConfig;
import io.dbkeep.bootstrap.config.ReadReplicaConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.bootstrap.config.StudioMountConfig;
import io.dbkeep.json.JsonCodec;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every adapter and service with {@code new} and starts the server. No
 * container, no scanning; what runs is what this class wires.
 */
public final class DbkeepServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DbkeepServer.class);

  private final PostgresPersistence persistence;
  private final PostgresPersistence replica;
  private final HttpApi api;
  private final PrometheusMetrics metrics;
  private final IdentityWiring identity;
  private final BackgroundJobs jobs;
  private final StudioMount studio;
  private final String host;

  private DbkeepServer(
      PostgresPersistence persistence,
      PostgresPersistence replica,
      HttpApi api,
      PrometheusMetrics metrics,
      IdentityWiring identity,
      BackgroundJobs jobs,
      StudioMount studio,
      String host) {
    this.host = host;
    this.persistence = persistence;
    this.replica = replica;
    this.api = api;
    this.metrics = metrics;
    this.identity = identity;
    this.jobs = jobs;
    this.studio = studio;
  }

  /**
   * Starts with the operational settings read from an empty environment (their defaults) and
   * identity configured from the process environment.
   */
  public static DbkeepServer start(ServerConfig config, Clock clock) {
    return start(config, OperationsConfig.from(new Environment(Map.of())), clock);
  }

  /** Starts with identity configured from the process environment. */
  public static DbkeepServer start(ServerConfig config, OperationsConfig operations, Clock clock) {
    return start(
        config, operations, IdentityConfig.from(Environment.system(), config.port()), clock);
  }

  /** Starts with the operational settings read from an empty environment (their defaults). */
  public static DbkeepServer start(ServerConfig config, IdentityConfig identity, Clock clock) {
    return start(config, OperationsConfig.from(new Environment(Map.of())), identity, clock);
  }

  /**
   * Prepares the database (creating it when the default location has none, migrating when
   * configured), then listens.
   *
   * @throws StartupException when the database cannot be reached or prepared
   */
  public static DbkeepServer start(
      ServerConfig config,
      OperationsConfig operations,
      IdentityConfig identityConfig,
      Clock clock) {
    return start(
        config,
        operations,
        identityConfig,
        StudioMountConfig.from(Environment.system(), config.database()),
        clock);
  }

  /** Starts with the Studio mounted as {@code studio} says (off unless enabled). */
  public static DbkeepServer start(
      ServerConfig config,
      OperationsConfig operations,
      IdentityConfig identityConfig,
      StudioMountConfig studioConfig,
      Clock clock) {
    createDatabaseIfMissing(config);
    if (config.migrateOnStart()) {
      StartupMigration.run(config, operations, clock);
    }
    PostgresPersistence persistence;
    try {
      persistence = PostgresPersistence.start(persistenceSettings(config));
    } catch (RuntimeException e) {
      throw new StartupException(
          "cannot use the database at " + config.database().display() + ": " + rootMessage(e), e);
    }
    PostgresPersistence replica;
    try {
      replica = startReadReplica(config);
    } catch (RuntimeException e) {
      persistence.close();
      throw e;
    }
    var metrics = new PrometheusMetrics();
    var studio = StudioMount.none();
    BackgroundJobs jobs = null;
    try {
      metrics.bindConnectionPool(persistence.dataSource());
      RecordActivityPort activity = metrics;
      var unitOfWork = persistence.unitOfWork();
      var projects = persistence.projects();
      var versions = persistence.projectVersions(config.versionRetention());
      var users = persistence.users();
      new EnsureGuestUserService(unitOfWork, users, users, clock).ensureGuestUser();

      var codec = new JsonCodec();
      var identity =
          new IdentityWiring(
              identityConfig, persistence, codec, new SignInCounting(activity), clock);
      jobs = backgroundJobs(persistence, identity, clock);
      var callers = identity.web().callerResolver();
      var projectSaves =
          new ProjectSaveCountingService(
              new CreateProjectService(
                  unitOfWork, projects, versions, clock, config.schemaLimits()),
              new UpdateProjectService(
                  unitOfWork,
                  projects,
                  projects,
                  versions,
                  clock,
                  config.schemaLimits(),
                  io.vavr.control.Option.of(new UpdateProjectService.FastSave(projects, projects))),
              new DuplicateProjectService(unitOfWork, projects, projects, versions, clock),
              new ImportProjectService(
                  unitOfWork, projects, versions, config.schemaLimits(), clock),
              activity);
      ListProjectsQuery list = new ListProjectsService(unitOfWork, projects);
      CreateProjectUseCase create = projectSaves;
      UpdateProjectUseCase update = projectSaves;
      DuplicateProjectUseCase duplicate = projectSaves;
      ImportProjectUseCase importing = projectSaves;
      DeleteProjectUseCase delete = new DeleteProjectService(unitOfWork, projects, projects);
      UnaryOperator<RestoreProjectVersionUseCase> restores = UnaryOperator.identity();
      if (replica != null) {
        // lists from the replica once it has the caller's own writes (ADR 0108)
        var routed =
            new ReadYourWritesService(
                new ReadYourWritesService.Delegates(
                    list,
                    new ListProjectsService(replica.unitOfWork(), replica.projects()),
                    create,
                    update,
                    duplicate,
                    delete,
                    importing),
                new ReplicaPositionAdapter(persistence.dataSource(), replica.dataSource()));
        list = routed;
        create = routed;
        update = routed;
        duplicate = routed;
        importing = routed;
        delete = routed;
        restores = routed::recordingRestores;
      }
      var projectController =
          new ProjectController(
              callers,
              codec,
              list,
              create,
              new GetProjectService(unitOfWork, projects),
              update,
              delete,
              duplicate,
              new ReadStoredProjectService(unitOfWork, projects),
              config.schemaLimits());
      var health = new HealthController(new CheckReadinessService(persistence.databaseHealth()));

      var metricsRoute =
          new MetricsController(
              metrics::scrape, PrometheusMetrics.contentType(), operations.metricsToken());

      var routes =
          new ArrayList<WebRoutes>(
              List.of(
                  projectController,
                  VersionWiring.routes(
                      unitOfWork,
                      projects,
                      versions,
                      callers,
                      codec,
                      config.schemaLimits(),
                      clock,
                      restores),
                  health,
                  metricsRoute,
                  identity.web().routes(),
                  new ApiDocsController(),
                  new DesignerController()));
      routes.addAll(
          SchemaWiring.routes(
              unitOfWork,
              projects,
              importing,
              create,
              callers,
              codec,
              config.schemaLimits(),
              clock));
      studio = StudioMount.start(studioConfig, callers, unitOfWork, users, codec);
      routes.addAll(studio.routes());
      var api = new HttpApi(config.web(), routes, metrics::recordHttpRequest).start();
      LOG.info(
          "DBKeep listening on http://{}:{} - open {}",
          config.host(),
          api.port(),
          address(config.host(), api.port()));
      return new DbkeepServer(
          persistence, replica, api, metrics, identity, jobs, studio, config.host());
    } catch (RuntimeException e) {
      if (replica != null) {
        replica.close();
      }
      if (jobs != null) {
        jobs.close();
      }
      studio.close();
      metrics.close();
      persistence.close();
      throw e;
    }
  }

  /** The route table (method and path template of every route the server answers). */
  public List<HttpApi.Route> routes() {
    return api.routes();
  }

  /** The before- and after-handlers around the routes (see {@link HttpApi#filters()}). */
  public List<HttpApi.Route> filters() {
    return api.filters();
  }

  /** The port the HTTP server listens on. */
  public int port() {
    return api.port();
  }

  /**
   * The address a person on this machine opens: {@code http://localhost:PORT/} when the server
   * listens on every interface (or on loopback), else the interface it listens on.
   */
  public String address() {
    return address(host, api.port());
  }

  static String address(String host, int port) {
    var shown =
        switch (host) {
          case "0.0.0.0", "::", "[::]", "127.0.0.1", "::1", "localhost", "" -> "localhost";
          default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        };
    return "http://" + shown + ":" + port + "/";
  }

  /** Stops gracefully: in-flight requests finish, then the pool closes. */
  @Override
  public void close() {
    try {
      api.stop();
    } finally {
      jobs.close();
      studio.close();
      identity.close();
      if (replica != null) {
        replica.close();
      }
      persistence.close();
      metrics.close();
      LOG.info("DBKeep stopped");
    }
  }

  /**
   * The persistence adapter's settings for the server: it never migrates by itself, because {@link
   * StartupMigration} (with its backup and adoption) has already brought the schema up to date when
   * {@code DATABASE_MIGRATE} is on. Letting the adapter migrate as well ran Flyway twice more on
   * every start (an info, a validate and an empty migrate, each scanning the jar's 40,000 entries
   * for migrations): about a quarter of a second of the start (ADR 0134).
   */
  static io.dbkeep.adapter.out.persistence.PersistenceSettings persistenceSettings(
      ServerConfig config) {
    return config.persistence().withMigrateOnStart(false);
  }

  /** The read replica's persistence when {@code DATABASE_READ_URL} is set, else null. */
  private static PostgresPersistence startReadReplica(ServerConfig config) {
    var replica = ReadReplicaConfig.from(Environment.system(), config);
    if (replica.isEmpty()) {
      return null;
    }
    try {
      var started = PostgresPersistence.startReadReplica(replica.get().settings());
      LOG.info("Read replica: {} (project lists)", replica.get().url().display());
      return started;
    } catch (RuntimeException e) {
      throw new StartupException(
          "cannot use the read replica at " + replica.get().url().display() + ": " + rootMessage(e),
          e);
    }
  }

  /**
   * The periodic jobs, each run once per {@code PURGE_INTERVAL} across every instance on the
   * database: expired sessions and verifications, idle rate-limit counters.
   */
  private static BackgroundJobs backgroundJobs(
      PostgresPersistence persistence, IdentityWiring identity, Clock clock) {
    var config = JobsConfig.from(Environment.system());
    var every = config.purgeInterval();
    var jobs =
        new PeriodicJobsService(
            persistence.unitOfWork(),
            persistence.jobRuns(),
            clock,
            List.of(
                new PeriodicJob("session-purge", every, identity.sessions()::purgeExpired),
                new PeriodicJob("rate-limit-forget", every, identity.rateLimits()::forgetIdle)));
    return new BackgroundJobs(jobs, config.poll());
  }

  static void createDatabaseIfMissing(ServerConfig config) {
    try {
      if (DatabaseCreator.ensureExists(config.persistence())) {
        LOG.info("Database at {} did not exist; created it", config.database().display());
      }
    } catch (SQLException e) {
      if (config.databaseUrlGiven()) {
        // A configured database may live on a server whose maintenance database we cannot
        // use; connecting to it directly below reports the real problem, if there is one.
        LOG.debug("Could not check whether the database exists: {}", rootMessage(e));
        return;
      }
      throw new StartupException(
          "cannot reach the database server for "
              + config.database().display()
              + ": "
              + rootMessage(e),
          e);
    }
  }

  static String rootMessage(Throwable failure) {
    var root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    var message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return DatabaseUrl.mask(message.lines().findFirst().orElse(""));
  }

  /** The server could not start; the message is one line meant for the operator. */
  public static final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartupException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
