package io.dbkeep.adapter.in.web.project;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.caller.CallerResolver;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.dbkeep.adapter.in.web.error.ProjectErrors;
import io.dbkeep.adapter.in.web.request.ETags;
import io.dbkeep.adapter.in.web.request.JsonRequest;
import io.dbkeep.application.port.in.project.CreateProjectCommand;
import io.dbkeep.application.port.in.project.CreateProjectUseCase;
import io.dbkeep.application.port.in.project.DeleteProjectCommand;
import io.dbkeep.application.port.in.project.DeleteProjectUseCase;
import io.dbkeep.application.port.in.project.DuplicateProjectUseCase;
import io.dbkeep.application.port.in.project.GetProjectQuery;
import io.dbkeep.application.port.in.project.ListProjectsQuery;
import io.dbkeep.application.port.in.project.ReadStoredProjectQuery;
import io.dbkeep.application.port.in.project.UpdateProjectCommand;
import io.dbkeep.application.port.in.project.UpdateProjectUseCase;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.project.SavedProject;
import io.dbkeep.domain.project.StoredProject;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.json.JsonCodec;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code /api/projects…}: the original DBKeep's project API, plus versions as ETags. */
public final class ProjectController implements WebRoutes {

  private final CallerResolver callers;
  private final JsonCodec codec;
  private final ListProjectsQuery listProjects;
  private final CreateProjectUseCase createProject;
  private final GetProjectQuery getProject;
  private final UpdateProjectUseCase updateProject;
  private final DeleteProjectUseCase deleteProject;
  private final DuplicateProjectUseCase duplicateProject;
  private final ReadStoredProjectQuery readStored;
  private final DocumentWorkLimit documentWork = DocumentWorkLimit.forThisMachine();

  /** The limits a body's document is read by: the use cases' own (ADR 0141). */
  private final SchemaLimits limits;

  public ProjectController(
      CallerResolver callers,
      JsonCodec codec,
      ListProjectsQuery listProjects,
      CreateProjectUseCase createProject,
      GetProjectQuery getProject,
      UpdateProjectUseCase updateProject,
      DeleteProjectUseCase deleteProject,
      DuplicateProjectUseCase duplicateProject) {
    this(
        callers,
        codec,
        listProjects,
        createProject,
        getProject,
        updateProject,
        deleteProject,
        duplicateProject,
        storedFrom(getProject, codec));
  }

  /** Opening a project as stored through {@code getProject}, its document written as text. */
  public static ReadStoredProjectQuery storedFrom(GetProjectQuery getProject, JsonCodec codec) {
    return (caller, id, withDocument) ->
        getProject
            .getProject(caller, id)
            .map(
                project ->
                    new StoredProject(
                        project.id(),
                        project.name(),
                        project.engine(),
                        project.createdBy(),
                        project.owner(),
                        project.createdAt(),
                        project.updatedAt(),
                        project.version(),
                        withDocument ? Option.of(codec.write(project.data())) : Option.none()));
  }

  /**
   * @param readStored opens a project as stored: {@code GET} passes the stored document text
   *     through unparsed, and answers {@code If-None-Match} without reading the document
   */
  public ProjectController(
      CallerResolver callers,
      JsonCodec codec,
      ListProjectsQuery listProjects,
      CreateProjectUseCase createProject,
      GetProjectQuery getProject,
      UpdateProjectUseCase updateProject,
      DeleteProjectUseCase deleteProject,
      DuplicateProjectUseCase duplicateProject,
      ReadStoredProjectQuery readStored) {
    this(
        callers,
        codec,
        listProjects,
        createProject,
        getProject,
        updateProject,
        deleteProject,
        duplicateProject,
        readStored,
        SchemaLimits.DEFAULT);
  }

  /**
   * @param limits the schema limits of the create and update use cases, by which a body's document
   *     is read straight into the document (ADR 0141); the services refuse a document read by
   *     others
   */
  public ProjectController(
      CallerResolver callers,
      JsonCodec codec,
      ListProjectsQuery listProjects,
      CreateProjectUseCase createProject,
      GetProjectQuery getProject,
      UpdateProjectUseCase updateProject,
      DeleteProjectUseCase deleteProject,
      DuplicateProjectUseCase duplicateProject,
      ReadStoredProjectQuery readStored,
      SchemaLimits limits) {
    this.limits = limits;
    this.callers = callers;
    this.codec = codec;
    this.listProjects = listProjects;
    this.createProject = createProject;
    this.getProject = getProject;
    this.updateProject = updateProject;
    this.deleteProject = deleteProject;
    this.duplicateProject = duplicateProject;
    this.readStored = readStored;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/api/projects", this::list);
    routes.post("/api/projects", this::create);
    routes.get("/api/projects/{id}", this::get);
    routes.put("/api/projects/{id}", this::update);
    routes.delete("/api/projects/{id}", this::delete);
    routes.post("/api/projects/{id}/duplicate", this::duplicate);
  }

  private void list(Context ctx) {
    var caller = callers.resolve(ctx);
    ctx.json(
        listProjects.listProjects(caller.userId()).stream()
            .map(ProjectListItemResponse::from)
            .toList());
  }

  private void create(Context ctx) {
    JsonRequest.withDocumentWork(ctx, () -> documentWork.run(() -> createDocument(ctx)));
  }

  private void createDocument(Context ctx) {
    var caller = callers.resolve(ctx);
    var body = JsonRequest.withDocument(ctx, codec, limits, "data");
    var request = body.request();
    var name = request.requiredString("name").flatMap(raw -> name(request, raw));
    var engine =
        request
            .optionalString("engine")
            .map(raw -> engine(request, raw))
            .getOrElse(Option.of(Engine.POSTGRESQL));
    // "data" that is not an object stays in the request, which reports it
    request.optionalObject("data");
    request.throwIfInvalid();
    var created =
        orFail(
            inData(
                createProject.createProject(
                    new CreateProjectCommand(
                        caller.userId(),
                        name.get(),
                        engine.get(),
                        Option.none(),
                        body.document()))));
    respondCreated(ctx, created);
  }

  /**
   * The hot path of opening a project: with {@code If-None-Match} naming the current version, 304
   * after reading only the small columns; else the stored document text is written out as it is,
   * never parsed or serialised again.
   */
  private void get(Context ctx) {
    var caller = callers.resolve(ctx);
    var id = projectId(ctx);
    var ifNoneMatch = ETags.header(ctx, "If-None-Match");
    if (ifNoneMatch != null) {
      var head = orFail(readStored.readStored(caller.userId(), id, false));
      if (ETags.matches(ifNoneMatch, head.version())) {
        ctx.header("ETag", ETags.of(head.version()));
        ctx.status(304);
        return;
      }
    }
    var stored = orFail(readStored.readStored(caller.userId(), id, true));
    ctx.header("ETag", ETags.of(stored.version()));
    var head = ctx.jsonMapper().toJsonString(ProjectResponse.head(stored), ProjectResponse.class);
    writeWithDocument(ctx, head, stored.dataJson().get());
  }

  /**
   * Writes {@code head} (a JSON object) with a {@code data} member holding {@code documentJson}:
   * the stored text is encoded once, straight into the response, not concatenated into another
   * string first (a 500-table document is 0.75 MB, and each copy is garbage the bounded heap
   * collects).
   */
  static void writeWithDocument(Context ctx, String head, String documentJson) {
    var start =
        (head.substring(0, head.length() - 1) + ",\"data\":").getBytes(StandardCharsets.UTF_8);
    var document = documentJson.getBytes(StandardCharsets.UTF_8);
    ctx.contentType("application/json");
    try {
      var out = ctx.outputStream();
      out.write(start);
      out.write(document);
      out.write('}');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void update(Context ctx) {
    JsonRequest.withDocumentWork(ctx, () -> documentWork.run(() -> updateDocument(ctx)));
  }

  private void updateDocument(Context ctx) {
    var caller = callers.resolve(ctx);
    var id = projectId(ctx);
    var body = JsonRequest.withDocument(ctx, codec, limits, "data");
    var request = body.request();
    var name = request.optionalString("name").flatMap(raw -> name(request, raw));
    var engine = request.optionalString("engine").flatMap(raw -> engine(request, raw));
    // "data" that is not an object stays in the request, which reports it
    request.optionalObject("data");
    request.throwIfInvalid();
    var updated =
        orFail(
            inData(
                updateProject.updateProject(
                    new UpdateProjectCommand(
                        caller.userId(),
                        id,
                        name,
                        engine,
                        Option.none(),
                        ETags.expectedVersion(ctx),
                        wantsDocument(ctx),
                        body.document()))));
    ctx.header("ETag", ETags.of(updated.project().version()));
    var response = ProjectResponse.from(updated);
    writeJson(ctx, wantsDocument(ctx) ? response : response.withoutData());
  }

  /** Answers {@code response} as {@code ctx.json} would, writing each list's text once. */
  static void writeJson(Context ctx, ProjectResponse response) {
    ctx.contentType("application/json");
    try {
      response.writeJson(ctx.jsonMapper(), ctx.outputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void delete(Context ctx) {
    var caller = callers.resolve(ctx);
    var deleted =
        orFail(
            deleteProject.deleteProject(
                new DeleteProjectCommand(
                    caller.userId(), projectId(ctx), ETags.expectedVersion(ctx))));
    ctx.json(new DeletedProjectResponse(true, deleted.toString()));
  }

  private void duplicate(Context ctx) {
    JsonRequest.withWholeDocumentBudget(() -> documentWork.run(() -> duplicateDocument(ctx)));
  }

  private void duplicateDocument(Context ctx) {
    var caller = callers.resolve(ctx);
    var copy = orFail(duplicateProject.duplicateProject(caller.userId(), projectId(ctx)));
    respondCreated(ctx, new SavedProject(copy, List.of()));
  }

  /**
   * Whether a {@code PUT} should echo the stored document ({@code ?return=document} or {@code
   * Prefer: return=representation}); by default it answers without it (ADR 0060).
   */
  static boolean wantsDocument(Context ctx) {
    var prefer = ctx.header("Prefer");
    return "document".equals(ctx.queryParam("return"))
        || (prefer != null && prefer.contains("return=representation"));
  }

  /** 201 with the saved project, its Location and ETag. */
  public static void respondCreated(Context ctx, SavedProject saved) {
    respondCreated(ctx, saved, "data");
  }

  /** 201 with the saved project, its problems' paths under {@code documentPath}. */
  public static void respondCreated(Context ctx, SavedProject saved, String documentPath) {
    var project = saved.project();
    ctx.status(201);
    ctx.header("Location", "/api/projects/" + project.id());
    ctx.header("ETag", ETags.of(project.version()));
    ctx.json(ProjectResponse.from(saved, documentPath));
  }

  /** Document problems are about the body's {@code data}: their paths say so. */
  private static <T> Either<ProjectError, T> inData(Either<ProjectError, T> result) {
    return result.mapLeft(
        error ->
            error.code() != ProjectError.Code.SCHEMA_INVALID
                ? error
                : ProjectError.schemaInvalid(
                    error.details().stream()
                        .map(
                            problem ->
                                new Problem(
                                    problem.path().isEmpty() ? "data" : "data." + problem.path(),
                                    problem.code(),
                                    problem.severity(),
                                    problem.message()))
                        .toList()));
  }

  private static Option<ProjectName> name(JsonRequest request, String raw) {
    return ProjectName.of(raw, "name").peekLeft(request::problem).toOption();
  }

  private static Option<Engine> engine(JsonRequest request, String raw) {
    var engine = Engine.parse(raw);
    if (engine.isEmpty()) {
      request.problem(
          "engine",
          "UNKNOWN_ENGINE",
          "engine must be one of " + Engine.allowedNames() + ", not \"" + raw + "\"");
    }
    return engine;
  }

  /** The path's project id; a malformed one is simply a project that does not exist. */
  static ProjectId projectId(Context ctx) {
    var raw = ctx.pathParam("id");
    return ProjectId.parse(raw)
        .getOrElseThrow(
            () -> new ApiException(ProjectErrors.toApiError(ProjectError.notFound(raw))));
  }

  static <T> T orFail(Either<ProjectError, T> result) {
    return result.getOrElseThrow(error -> new ApiException(ProjectErrors.toApiError(error)));
  }
}
