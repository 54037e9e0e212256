package io.dbkeep.adapter.in.web.project;

import static io.dbkeep.adapter.in.web.project.ProjectController.orFail;
import static io.dbkeep.adapter.in.web.project.ProjectController.projectId;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.caller.CallerResolver;
import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.dbkeep.adapter.in.web.error.ErrorDetail;
import io.dbkeep.adapter.in.web.error.ProjectErrors;
import io.dbkeep.adapter.in.web.request.ETags;
import io.dbkeep.adapter.in.web.request.EngineParameter;
import io.dbkeep.adapter.in.web.request.JsonRequest;
import io.dbkeep.adapter.in.web.schema.SchemaController.MigrationResponse;
import io.dbkeep.application.port.in.project.AnnotateProjectVersionCommand;
import io.dbkeep.application.port.in.project.AnnotateProjectVersionUseCase;
import io.dbkeep.application.port.in.project.GetProjectVersionQuery;
import io.dbkeep.application.port.in.project.ListProjectVersionsQuery;
import io.dbkeep.application.port.in.project.PlanVersionMigrationQuery;
import io.dbkeep.application.port.in.project.RestoreProjectVersionCommand;
import io.dbkeep.application.port.in.project.RestoreProjectVersionUseCase;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.VersionNotes;
import io.dbkeep.json.JsonCodec;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A project's versions ({@code /api/projects/{id}/versions…}) and the migration between two of them
 * ({@code /api/projects/{id}/migration}); the same access as the project itself.
 */
public final class ProjectVersionController implements WebRoutes {

  /** The page size when {@code ?limit=} is absent. */
  static final int DEFAULT_LIMIT = 50;

  private final CallerResolver callers;
  private final JsonCodec codec;
  private final ListProjectVersionsQuery listVersions;
  private final GetProjectVersionQuery getVersion;
  private final AnnotateProjectVersionUseCase annotateVersion;
  private final RestoreProjectVersionUseCase restoreVersion;
  private final PlanVersionMigrationQuery planMigration;

  public ProjectVersionController(
      CallerResolver callers,
      JsonCodec codec,
      ListProjectVersionsQuery listVersions,
      GetProjectVersionQuery getVersion,
      AnnotateProjectVersionUseCase annotateVersion,
      RestoreProjectVersionUseCase restoreVersion,
      PlanVersionMigrationQuery planMigration) {
    this.callers = callers;
    this.codec = codec;
    this.listVersions = listVersions;
    this.getVersion = getVersion;
    this.annotateVersion = annotateVersion;
    this.restoreVersion = restoreVersion;
    this.planMigration = planMigration;
  }

  /** A page of versions, newest first; {@code nextBefore} is null on the last page. */
  public record VersionPageResponse(List<VersionResponse> versions, Long nextBefore) {}

  /** The answer of a restore: the project as stored now, and the version that recorded it. */
  public record RestoredResponse(ProjectResponse project, VersionResponse version) {}

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/api/projects/{id}/versions", this::list);
    routes.get("/api/projects/{id}/versions/{number}", this::get);
    // a body read whole takes its turn in the shared body admission, as documents do
    routes.patch(
        "/api/projects/{id}/versions/{number}",
        ctx -> JsonRequest.withDocumentWork(ctx, () -> annotate(ctx)));
    routes.post("/api/projects/{id}/versions/{number}/restore", this::restore);
    routes.get(
        "/api/projects/{id}/migration",
        ctx -> JsonRequest.withWholeDocumentBudget(() -> migration(ctx)));
  }

  private void list(Context ctx) {
    var caller = callers.resolve(ctx);
    var id = projectId(ctx);
    var limit =
        Option.of(ctx.queryParam("limit"))
            .map(raw -> (int) positive("limit", raw, ListProjectVersionsQuery.MAX_LIMIT))
            .getOrElse(DEFAULT_LIMIT);
    var before =
        Option.of(ctx.queryParam("before")).map(raw -> positive("before", raw, Long.MAX_VALUE));
    var page = orFail(listVersions.listVersions(caller.userId(), id, before, limit));
    ctx.json(
        new VersionPageResponse(
            page.versions().stream().map(VersionResponse::from).toList(),
            page.nextBefore().getOrNull()));
  }

  /** The version with its document, written out as stored (never parsed here). */
  private void get(Context ctx) {
    var caller = callers.resolve(ctx);
    var id = projectId(ctx);
    var version = orFail(getVersion.getVersion(caller.userId(), id, number(ctx, id)));
    var head = ctx.jsonMapper().toJsonString(VersionResponse.from(version), VersionResponse.class);
    ctx.contentType("application/json")
        .result(
            head.substring(0, head.length() - 1) + ",\"data\":" + version.dataJson().get() + "}");
  }

  private void annotate(Context ctx) {
    var caller = callers.resolve(ctx);
    var id = projectId(ctx);
    var number = number(ctx, id);
    var change = notesChange(JsonRequest.readValue(ctx, codec));
    var version =
        orFail(
            annotateVersion.annotateVersion(
                new AnnotateProjectVersionCommand(caller.userId(), id, number, change)));
    ctx.json(VersionResponse.from(version));
  }

  private void restore(Context ctx) {
    var caller = callers.resolve(ctx);
    var id = projectId(ctx);
    var number = number(ctx, id);
    var restored =
        orFail(
            restoreVersion.restoreVersion(
                new RestoreProjectVersionCommand(
                    caller.userId(), id, number, ETags.expectedVersion(ctx))));
    var version = orFail(getVersion.getVersion(caller.userId(), id, restored.versionNumber()));
    ctx.header("ETag", ETags.of(restored.project().version()));
    ctx.json(
        new RestoredResponse(
            ProjectResponse.head(restored.project()), VersionResponse.from(version)));
  }

  private void migration(Context ctx) {
    var caller = callers.resolve(ctx);
    var id = projectId(ctx);
    var problems = new ArrayList<ErrorDetail>();
    var from = requiredNumber(ctx, "from", problems);
    var to = requiredNumber(ctx, "to", problems);
    var direction = ctx.queryParam("direction");
    if (direction != null && !direction.equals("up") && !direction.equals("down")) {
      problems.add(
          ErrorDetail.of(
              "direction",
              "INVALID_PARAMETER",
              "direction must be up or down, not \"" + direction + "\""));
    }
    if (!problems.isEmpty()) {
      throw new ApiException(ApiError.validation(problems));
    }
    var engine = EngineParameter.of(ctx);
    var down = "down".equals(direction);
    var migration =
        orFail(
            planMigration.planVersionMigration(
                caller.userId(), id, from.get(), to.get(), engine, down));
    ctx.json(MigrationResponse.from(migration, down));
  }

  /** The path's version number; anything that is not one is a version that does not exist. */
  private static long number(Context ctx, ProjectId id) {
    var raw = ctx.pathParam("number");
    if (raw.length() > 18 || !raw.matches("[1-9][0-9]*")) {
      throw new ApiException(
          ProjectErrors.toApiError(
              new ProjectError(
                  ProjectError.Code.VERSION_NOT_FOUND,
                  "Project " + id + " has no version \"" + abbreviate(raw) + "\"",
                  List.of(),
                  Option.none())));
    }
    return Long.parseLong(raw);
  }

  private static Option<Long> requiredNumber(Context ctx, String name, List<ErrorDetail> problems) {
    var raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      problems.add(ErrorDetail.of(name, "REQUIRED", name + " (a version number) is required"));
      return Option.none();
    }
    if (raw.length() > 18 || !raw.matches("[1-9][0-9]*")) {
      problems.add(
          ErrorDetail.of(
              name,
              "INVALID_PARAMETER",
              name + " must be a version number (1 or more), not \"" + abbreviate(raw) + "\""));
      return Option.none();
    }
    return Option.of(Long.parseLong(raw));
  }

  private static long positive(String name, String raw, long max) {
    if (raw.length() > 19 || !raw.matches("[1-9][0-9]*") || !fitsIn(raw, max)) {
      throw new ApiException(
          ApiError.validation(
              List.of(
                  ErrorDetail.of(
                      name,
                      "INVALID_PARAMETER",
                      name
                          + " must be a whole number from 1 to "
                          + max
                          + ", not \""
                          + abbreviate(raw)
                          + "\""))));
    }
    return Long.parseLong(raw);
  }

  /** Whether {@code digits} (1-9 then 0-9, at most 19 of them) is at most {@code max}. */
  private static boolean fitsIn(String digits, long max) {
    try {
      return Long.parseLong(digits) <= max;
    } catch (NumberFormatException beyondLong) {
      return false;
    }
  }

  /**
   * {@code {"label": …, "message": …}}: a field that is absent stays, a string sets it, null or a
   * blank string clears it; anything else is a 400 naming the field.
   */
  private static VersionNotes.Change notesChange(JsonValue body) {
    if (!(body instanceof JsonObject object)) {
      throw new ApiException(
          ApiError.validation(
              List.of(
                  ErrorDetail.of(
                      "",
                      "WRONG_TYPE",
                      "The body must be a JSON object, not " + body.typeName()))));
    }
    var problems = new ArrayList<ErrorDetail>();
    for (var field : object.members().keySet()) {
      if (!Set.of("label", "message").contains(field)) {
        problems.add(
            ErrorDetail.of(
                abbreviate(field),
                "UNKNOWN_FIELD",
                "only label and message of a version can change"));
      }
    }
    var label = field(object, "label", problems);
    var message = field(object, "message", problems);
    if (problems.isEmpty() && label.isEmpty() && message.isEmpty()) {
      problems.add(ErrorDetail.of("", "REQUIRED", "give a label or a message (null clears one)"));
    }
    if (!problems.isEmpty()) {
      throw new ApiException(ApiError.validation(problems));
    }
    return new VersionNotes.Change(label, message);
  }

  private static Option<String> field(JsonObject object, String name, List<ErrorDetail> problems) {
    var value = object.get(name);
    if (value.isEmpty()) {
      return Option.none();
    }
    if (value.get() == JsonNull.INSTANCE) {
      return Option.some("");
    }
    if (value.get() instanceof JsonString text) {
      return Option.some(text.value());
    }
    problems.add(
        ErrorDetail.of(
            name, "WRONG_TYPE", name + " must be a string or null, not " + value.get().typeName()));
    return Option.none();
  }

  private static String abbreviate(String raw) {
    return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
  }
}
