package io.dbkeep.adapter.in.web.schema;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.caller.CallerResolver;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.dbkeep.adapter.in.web.error.ErrorDetail;
import io.dbkeep.adapter.in.web.error.ProjectErrors;
import io.dbkeep.adapter.in.web.request.EngineParameter;
import io.dbkeep.adapter.in.web.request.JsonRequest;
import io.dbkeep.application.port.in.schema.ExportSchemaSqlQuery;
import io.dbkeep.application.port.in.schema.PlanSchemaMigrationQuery;
import io.dbkeep.application.port.in.schema.ValidateSchemaQuery;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.diff.SchemaChange;
import io.dbkeep.domain.schema.sql.Migration;
import io.dbkeep.json.JsonCodec;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code /api/schema/…}: validate a document, export it as DDL, or plan the migration between two
 * versions, without storing anything. A document is bare or an export envelope; {@code ?engine=}
 * picks the engine (default: the envelope's, else PostgreSQL).
 */
public final class SchemaController implements WebRoutes {

  private final CallerResolver callers;
  private final JsonCodec codec;
  private final ValidateSchemaQuery validate;
  private final ExportSchemaSqlQuery exportSql;
  private final PlanSchemaMigrationQuery planMigration;

  public SchemaController(
      CallerResolver callers,
      JsonCodec codec,
      ValidateSchemaQuery validate,
      ExportSchemaSqlQuery exportSql,
      PlanSchemaMigrationQuery planMigration) {
    this.callers = callers;
    this.codec = codec;
    this.validate = validate;
    this.exportSql = exportSql;
    this.planMigration = planMigration;
  }

  /** The answer of {@code POST /api/schema/diff}. */
  public record MigrationResponse(
      String engine,
      String direction,
      boolean destructive,
      List<ChangeResponse> changes,
      List<ErrorDetail> warnings,
      String sql) {

    /** The answer for a planned migration, up or {@code down}. */
    public static MigrationResponse from(Migration migration, boolean down) {
      return new MigrationResponse(
          migration.engine().displayName(),
          down ? "down" : "up",
          migration.isDestructive(),
          migration.changes().stream().map(ChangeResponse::from).toList(),
          migration.warnings().stream().map(ErrorDetail::from).toList(),
          migration.sql());
    }
  }

  /** One change of {@link MigrationResponse}; {@code before}/{@code after} may be null. */
  public record ChangeResponse(
      String kind, String subject, String id, String before, String after, boolean destructive) {

    static ChangeResponse from(SchemaChange change) {
      return new ChangeResponse(
          change.kind().wireName(),
          change.subject(),
          change.id(),
          change.before().getOrNull(),
          change.after().getOrNull(),
          change.destructive());
    }
  }

  /** The answer of {@code POST /api/schema/validate}. */
  public record ValidationResponse(boolean valid, String engine, List<ErrorDetail> problems) {}

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post(
        "/api/schema/validate", ctx -> JsonRequest.withDocumentWork(ctx, () -> validate(ctx)));
    routes.post("/api/schema/sql", ctx -> JsonRequest.withDocumentWork(ctx, () -> sql(ctx)));
    routes.post("/api/schema/diff", ctx -> JsonRequest.withDocumentWork(ctx, () -> diff(ctx)));
  }

  private void diff(Context ctx) {
    callers.resolve(ctx);
    var body = JsonRequest.readValue(ctx, codec, 2);
    if (!(body instanceof JsonObject object)) {
      throw invalid("", "the body must be an object {\"from\": document, \"to\": document}");
    }
    var from = object.get("from");
    var to = object.get("to");
    if (from.isEmpty() || !(from.get() instanceof JsonObject)) {
      throw invalid("from", "from must be a schema document (an object)");
    }
    if (to.isEmpty() || !(to.get() instanceof JsonObject)) {
      throw invalid("to", "to must be a schema document (an object)");
    }
    var direction = ctx.queryParam("direction");
    if (direction != null && !direction.equals("up") && !direction.equals("down")) {
      throw invalid("direction", "direction must be up or down, not \"" + direction + "\"");
    }
    var down = "down".equals(direction);
    var engine = EngineParameter.of(ctx);
    var migration =
        planMigration
            .planSchemaMigration(from.get(), to.get(), engine, down)
            .getOrElseThrow(error -> new ApiException(ProjectErrors.toApiError(error)));
    ctx.json(MigrationResponse.from(migration, down));
  }

  private static ApiException invalid(String path, String message) {
    return new ApiException(
        ProjectErrors.toApiError(
            ProjectError.invalid(List.of(Problem.error(path, "INVALID_BODY", message)))));
  }

  private void validate(Context ctx) {
    callers.resolve(ctx);
    var document = JsonRequest.readValue(ctx, codec);
    var engine = engine(ctx, document);
    var report = validate.validateSchema(document, engine);
    ctx.json(
        new ValidationResponse(
            report.isValid(),
            engine.displayName(),
            report.problems().stream().map(ErrorDetail::from).toList()));
  }

  private void sql(Context ctx) {
    callers.resolve(ctx);
    var document = JsonRequest.readValue(ctx, codec);
    var export =
        exportSql
            .exportSchemaSql(document, engine(ctx, document))
            .getOrElseThrow(error -> new ApiException(ProjectErrors.toApiError(error)));
    ctx.header("X-Schema-Warnings", String.valueOf(export.warnings().size()));
    ctx.contentType("text/plain; charset=utf-8").result(export.sql());
  }

  /** {@code ?engine=}, else the envelope's engine, else PostgreSQL. */
  private static Engine engine(Context ctx, JsonValue document) {
    return EngineParameter.of(ctx)
        .orElse(
            () -> {
              if (SchemaDocumentReader.isExportEnvelope(document)) {
                return ((JsonObject) document)
                    .get("project")
                    .flatMap(project -> ((JsonObject) project).get("engine"))
                    .filter(JsonString.class::isInstance)
                    .flatMap(engine -> Engine.parse(((JsonString) engine).value()));
              }
              return io.vavr.control.Option.none();
            })
        .getOrElse(Engine.POSTGRESQL);
  }
}
