package io.dbkeep.adapter.in.web.schema;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.caller.CallerResolver;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.dbkeep.adapter.in.web.error.ErrorDetail;
import io.dbkeep.adapter.in.web.error.ProjectErrors;
import io.dbkeep.adapter.in.web.request.EngineParameter;
import io.dbkeep.adapter.in.web.request.JsonRequest;
import io.dbkeep.application.port.in.schema.ExportSchemaSqlQuery;
import io.dbkeep.application.port.in.schema.ValidateSchemaQuery;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.json.JsonCodec;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code /api/schema/…}: validate a document, or export it as DDL, without storing it. The body is
 * a bare document or an export envelope; {@code ?engine=} picks the engine (default: the
 * envelope's, else PostgreSQL).
 */
public final class SchemaController implements WebRoutes {

  private final CallerResolver callers;
  private final JsonCodec codec;
  private final ValidateSchemaQuery validate;
  private final ExportSchemaSqlQuery exportSql;

  public SchemaController(
      CallerResolver callers,
      JsonCodec codec,
      ValidateSchemaQuery validate,
      ExportSchemaSqlQuery exportSql) {
    this.callers = callers;
    this.codec = codec;
    this.validate = validate;
    this.exportSql = exportSql;
  }

  /** The answer of {@code POST /api/schema/validate}. */
  public record ValidationResponse(boolean valid, String engine, List<ErrorDetail> problems) {}

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post("/api/schema/validate", this::validate);
    routes.post("/api/schema/sql", this::sql);
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
