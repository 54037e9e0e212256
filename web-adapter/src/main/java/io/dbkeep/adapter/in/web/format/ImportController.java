package io.dbkeep.adapter.in.web.format;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.caller.CallerResolver;
import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.dbkeep.adapter.in.web.error.ErrorDetail;
import io.dbkeep.adapter.in.web.error.ImportErrors;
import io.dbkeep.adapter.in.web.request.TextRequest;
import io.dbkeep.application.port.in.format.ImportSchemaQuery;
import io.dbkeep.domain.format.ImportWarning;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code POST /api/schema/import?from=postgresql|mysql|sqlite|dbml}: the body (SQL or DBML text)
 * read into a schema document with its tables laid out, and the warnings of what it does not keep.
 * Stores nothing.
 */
public final class ImportController implements WebRoutes {

  private final CallerResolver callers;
  private final ImportSchemaQuery importSchema;

  public ImportController(CallerResolver callers, ImportSchemaQuery importSchema) {
    this.callers = callers;
    this.importSchema = importSchema;
  }

  /** The answer: the document, the engine the text is for (none for DBML without one), warnings. */
  public record ImportResponse(
      String format, String engine, JsonValue document, List<WarningResponse> warnings) {}

  /** One thing the document does not keep, at the line it starts. */
  public record WarningResponse(int line, String code, String message) {

    static WarningResponse from(ImportWarning warning) {
      return new WarningResponse(warning.line(), warning.code(), warning.message());
    }
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post("/api/schema/import", this::importSchema);
  }

  private void importSchema(Context ctx) {
    callers.resolve(ctx);
    var format =
        TextRequest.format(ctx)
            .getOrElseThrow(
                () ->
                    new ApiException(
                        ApiError.validation(
                            List.of(
                                ErrorDetail.of(
                                    "from",
                                    "REQUIRED",
                                    "from is required: postgresql, mysql, sqlite or dbml")))));
    var imported =
        TextRequest.withBody(ctx, text -> importSchema.importSchema(text, format))
            .getOrElseThrow(error -> new ApiException(ImportErrors.toApiError(error)));
    ctx.json(
        new ImportResponse(
            format.wireName(),
            imported
                .engine()
                .map(engine -> engine.name().toLowerCase(java.util.Locale.ROOT))
                .getOrNull(),
            SchemaDocumentWriter.write(imported.document()),
            imported.warnings().stream().map(WarningResponse::from).toList()));
  }
}
