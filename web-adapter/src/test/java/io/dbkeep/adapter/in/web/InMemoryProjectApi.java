package io.dbkeep.adapter.in.web;

import io.dbkeep.adapter.in.web.caller.GuestCallerResolver;
import io.dbkeep.adapter.in.web.project.ProjectController;
import io.dbkeep.adapter.in.web.project.ProjectSchemaController;
import io.dbkeep.application.fake.InMemoryDatabase;
import io.dbkeep.application.fake.InMemoryProjectPersistence;
import io.dbkeep.application.fake.InMemoryProjectVersions;
import io.dbkeep.application.fake.InMemoryUserPersistence;
import io.dbkeep.application.port.in.format.ImportSchemaQuery;
import io.dbkeep.application.port.out.format.SchemaTextWriter;
import io.dbkeep.application.service.format.ImportProjectTextService;
import io.dbkeep.application.service.project.CreateProjectService;
import io.dbkeep.application.service.project.DeleteProjectService;
import io.dbkeep.application.service.project.DuplicateProjectService;
import io.dbkeep.application.service.project.ExportProjectSchemaService;
import io.dbkeep.application.service.project.ExportProjectService;
import io.dbkeep.application.service.project.ExportProjectSqlService;
import io.dbkeep.application.service.project.GetProjectService;
import io.dbkeep.application.service.project.ImportProjectService;
import io.dbkeep.application.service.project.ListProjectsService;
import io.dbkeep.application.service.project.UpdateProjectService;
import io.dbkeep.application.service.user.EnsureGuestUserService;
import io.dbkeep.domain.format.TargetFormat;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.json.JsonCodec;
import io.dbkeep.testsupport.HttpTestClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The project API's controllers over in-memory ports, for web tests of the schema and format
 * routes: a guest caller, the project and project-schema controllers wired to one in-memory
 * database under the given limits, served with whatever other route groups a test adds on a random
 * port (64 KiB body limit). Close it after each test.
 */
public final class InMemoryProjectApi implements AutoCloseable {

  public final InMemoryDatabase database = new InMemoryDatabase();
  public final InMemoryProjectPersistence projects = new InMemoryProjectPersistence(database);
  public final Clock clock = Clock.systemUTC();
  public final GuestCallerResolver callers = new GuestCallerResolver();
  public final JsonCodec codec = new JsonCodec();
  public final SchemaLimits limits;
  private HttpApi api;

  public InMemoryProjectApi(SchemaLimits limits) {
    this.limits = limits;
    var users = new InMemoryUserPersistence(database);
    new EnsureGuestUserService(database, users, users, clock).ensureGuestUser();
  }

  /** Writers that answer "FORMAT ENGINE tables=N". */
  public static List<SchemaTextWriter> recordingWriters() {
    var writers = new ArrayList<SchemaTextWriter>();
    for (var format : TargetFormat.values()) {
      writers.add(
          new SchemaTextWriter() {
            @Override
            public TargetFormat format() {
              return format;
            }

            @Override
            public byte[] write(SchemaDocument document, Engine engine) {
              return (format + " " + engine + " tables=" + document.tables().size())
                  .getBytes(StandardCharsets.UTF_8);
            }
          });
    }
    return writers;
  }

  public CreateProjectService createProject() {
    return new CreateProjectService(
        database, projects, new InMemoryProjectVersions(database), clock, limits);
  }

  /** {@code /api/projects}: list, create, get, update, delete, duplicate. */
  public ProjectController projectController() {
    var getProject = new GetProjectService(database, projects);
    return new ProjectController(
        callers,
        codec,
        new ListProjectsService(database, projects),
        createProject(),
        getProject,
        new UpdateProjectService(
            database, projects, projects, new InMemoryProjectVersions(database), clock, limits),
        new DeleteProjectService(database, projects, projects),
        new DuplicateProjectService(
            database, projects, projects, new InMemoryProjectVersions(database), clock),
        ProjectController.storedFrom(getProject, codec),
        limits);
  }

  /** A project's SQL, export envelope, import, format export and text import. */
  public ProjectSchemaController projectSchemaController(
      List<SchemaTextWriter> writers, ImportSchemaQuery importSchema) {
    return new ProjectSchemaController(
        callers,
        codec,
        new ExportProjectSqlService(database, projects, limits),
        new ExportProjectService(database, projects, limits, clock),
        new ImportProjectService(
            database, projects, new InMemoryProjectVersions(database), limits, clock),
        new ExportProjectSchemaService(database, projects, limits, writers),
        new ImportProjectTextService(importSchema, createProject()));
  }

  /** Starts the API with {@code routes} and answers a client of it. */
  public HttpTestClient serve(List<WebRoutes> routes) {
    api =
        new HttpApi(new WebSettings("127.0.0.1", 0, 64 * 1024, Duration.ofSeconds(5)), routes)
            .start();
    return new HttpTestClient(api.port());
  }

  @Override
  public void close() {
    if (api != null) {
      api.stop();
    }
  }
}
