package io.dbkeep.adapter.in.web.project;

import static io.dbkeep.adapter.in.web.project.ProjectController.orFail;
import static io.dbkeep.adapter.in.web.project.ProjectController.projectId;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.caller.CallerResolver;
import io.dbkeep.adapter.in.web.request.EngineParameter;
import io.dbkeep.adapter.in.web.request.JsonRequest;
import io.dbkeep.adapter.in.web.request.TargetFormatParameter;
import io.dbkeep.adapter.in.web.request.TextRequest;
import io.dbkeep.adapter.in.web.schema.ExportResponse;
import io.dbkeep.application.port.in.format.ImportProjectTextCommand;
import io.dbkeep.application.port.in.format.ImportProjectTextUseCase;
import io.dbkeep.application.port.in.schema.ExportProjectQuery;
import io.dbkeep.application.port.in.schema.ExportProjectSchemaQuery;
import io.dbkeep.application.port.in.schema.ExportProjectSqlQuery;
import io.dbkeep.application.port.in.schema.ImportProjectCommand;
import io.dbkeep.application.port.in.schema.ImportProjectUseCase;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.dbkeep.json.JsonCodec;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * A project's SQL ({@code GET /api/projects/{id}/sql?engine=}), its JSON export envelope ({@code
 * GET /api/projects/{id}/export}) or, with {@code ?to=dbml|mermaid|svg|png[&engine=]}, its DBML,
 * Mermaid, SVG or PNG, and import as a new project ({@code POST /api/projects/import}): of an
 * export envelope (JSON), or with {@code ?from=postgresql|mysql|sqlite|dbml} of a schema text (the
 * body as UTF-8 text; {@code ?name=} names the project).
 */
public final class ProjectSchemaController implements WebRoutes {

  private final CallerResolver callers;
  private final JsonCodec codec;
  private final ExportProjectSqlQuery exportSql;
  private final ExportProjectQuery exportProject;
  private final ImportProjectUseCase importProject;
  private final ExportProjectSchemaQuery exportFormat;
  private final ImportProjectTextUseCase importText;

  public ProjectSchemaController(
      CallerResolver callers,
      JsonCodec codec,
      ExportProjectSqlQuery exportSql,
      ExportProjectQuery exportProject,
      ImportProjectUseCase importProject,
      ExportProjectSchemaQuery exportFormat,
      ImportProjectTextUseCase importText) {
    this.callers = callers;
    this.codec = codec;
    this.exportSql = exportSql;
    this.exportProject = exportProject;
    this.importProject = importProject;
    this.exportFormat = exportFormat;
    this.importText = importText;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/api/projects/{id}/sql", this::sql);
    routes.get("/api/projects/{id}/export", this::export);
    routes.post("/api/projects/import", this::importEnvelope);
  }

  private void sql(Context ctx) {
    var caller = callers.resolve(ctx);
    var id = projectId(ctx);
    var engine = EngineParameter.of(ctx);
    var export = orFail(exportSql.exportProjectSql(caller.userId(), id, engine));
    ctx.header("X-Schema-Warnings", String.valueOf(export.warnings().size()));
    ctx.contentType("text/plain; charset=utf-8").result(export.sql());
  }

  private void export(Context ctx) {
    var caller = callers.resolve(ctx);
    var format = TargetFormatParameter.of(ctx);
    if (format.isDefined()) {
      var engine = EngineParameter.of(ctx);
      ExportResponse.send(
          ctx,
          orFail(
              exportFormat.exportProject(caller.userId(), projectId(ctx), format.get(), engine)));
      return;
    }
    var envelope = orFail(exportProject.exportProject(caller.userId(), projectId(ctx)));
    ctx.json(SchemaDocumentWriter.write(envelope));
  }

  private void importEnvelope(Context ctx) {
    var caller = callers.resolve(ctx);
    var format = TextRequest.format(ctx);
    if (format.isDefined()) {
      var name = io.vavr.control.Option.of(ctx.queryParam("name")).filter(n -> !n.isBlank());
      var saved =
          orFail(
              TextRequest.withBody(
                  ctx,
                  text ->
                      importText.importProject(
                          new ImportProjectTextCommand(
                              caller.userId(), text, format.get(), name))));
      ProjectController.respondCreated(ctx, saved, "");
      return;
    }
    JsonRequest.withDocumentWork(
        ctx,
        () -> {
          var envelope = JsonRequest.readValue(ctx, codec);
          var saved =
              orFail(
                  importProject.importProject(new ImportProjectCommand(caller.userId(), envelope)));
          ProjectController.respondCreated(ctx, saved, "project");
        });
  }
}
