package io.dbkeep.bootstrap;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.caller.CallerResolver;
import io.dbkeep.adapter.in.web.format.ImportController;
import io.dbkeep.adapter.in.web.project.ProjectSchemaController;
import io.dbkeep.adapter.in.web.schema.SchemaController;
import io.dbkeep.adapter.in.web.schema.SchemaExportController;
import io.dbkeep.adapter.out.dbml.DbmlSchemaWriter;
import io.dbkeep.adapter.out.diagram.MermaidSchemaWriter;
import io.dbkeep.adapter.out.diagram.PngSchemaWriter;
import io.dbkeep.adapter.out.diagram.SvgSchemaWriter;
import io.dbkeep.application.port.in.project.CreateProjectUseCase;
import io.dbkeep.application.port.in.schema.ImportProjectUseCase;
import io.dbkeep.application.port.out.format.SchemaTextWriter;
import io.dbkeep.application.port.out.project.LoadProjectPort;
import io.dbkeep.application.port.out.project.SaveProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.service.format.ImportProjectTextService;
import io.dbkeep.application.service.project.ExportProjectSchemaService;
import io.dbkeep.application.service.project.ExportProjectService;
import io.dbkeep.application.service.project.ExportProjectSqlService;
import io.dbkeep.application.service.project.ExportSchemaService;
import io.dbkeep.application.service.schema.ExportSchemaSqlService;
import io.dbkeep.application.service.schema.PlanSchemaMigrationService;
import io.dbkeep.application.service.schema.ValidateSchemaService;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.json.JsonCodec;
import java.time.Clock;
import java.util.List;

/** Wires the schema feature: its use cases and HTTP routes. */
public final class SchemaWiring {

  private SchemaWiring() {}

  /** Every writer of a foreign format: DBML, Mermaid, SVG and PNG. */
  public static List<SchemaTextWriter> formatWriters() {
    return List.of(
        new DbmlSchemaWriter(),
        new MermaidSchemaWriter(),
        new SvgSchemaWriter(),
        new PngSchemaWriter());
  }

  static <P extends LoadProjectPort & SaveProjectPort> List<WebRoutes> routes(
      UnitOfWork unitOfWork,
      P projects,
      ImportProjectUseCase importProject,
      CreateProjectUseCase createProject,
      CallerResolver callers,
      JsonCodec codec,
      SchemaLimits limits,
      Clock clock) {
    var writers = formatWriters();
    var importSchema = FormatWiring.importSchema();
    return List.of(
        new ProjectSchemaController(
            callers,
            codec,
            new ExportProjectSqlService(unitOfWork, projects, limits),
            new ExportProjectService(unitOfWork, projects, limits, clock),
            importProject,
            new ExportProjectSchemaService(unitOfWork, projects, limits, writers),
            new ImportProjectTextService(importSchema, createProject)),
        new SchemaExportController(callers, codec, new ExportSchemaService(limits, writers)),
        new ImportController(callers, importSchema),
        new SchemaController(
            callers,
            codec,
            new ValidateSchemaService(limits),
            new ExportSchemaSqlService(limits),
            new PlanSchemaMigrationService(limits)));
  }
}
