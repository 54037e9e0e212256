package io.dbkeep.adapter.in.web.schema;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.caller.CallerResolver;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.dbkeep.adapter.in.web.error.ProjectErrors;
import io.dbkeep.adapter.in.web.request.EngineParameter;
import io.dbkeep.adapter.in.web.request.JsonRequest;
import io.dbkeep.adapter.in.web.request.TargetFormatParameter;
import io.dbkeep.application.port.in.schema.ExportSchemaQuery;
import io.dbkeep.json.JsonCodec;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code POST /api/schema/export?to=dbml|mermaid|svg|png[&engine=]}: a given document (bare or an
 * export envelope) as DBML or Mermaid text or an SVG or PNG picture, without storing anything.
 */
public final class SchemaExportController implements WebRoutes {

  private final CallerResolver callers;
  private final JsonCodec codec;
  private final ExportSchemaQuery export;

  public SchemaExportController(CallerResolver callers, JsonCodec codec, ExportSchemaQuery export) {
    this.callers = callers;
    this.codec = codec;
    this.export = export;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post("/api/schema/export", ctx -> JsonRequest.withDocumentWork(ctx, () -> export(ctx)));
  }

  private void export(Context ctx) {
    callers.resolve(ctx);
    var format = TargetFormatParameter.required(ctx);
    var engine = EngineParameter.of(ctx);
    var document = JsonRequest.readValue(ctx, codec);
    var exported =
        export
            .exportSchema(document, format, engine)
            .getOrElseThrow(error -> new ApiException(ProjectErrors.toApiError(error)));
    ExportResponse.send(ctx, exported);
  }
}
