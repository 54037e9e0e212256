package io.dbkeep.application.service.schema;

import io.dbkeep.application.port.in.schema.ExportSchemaSqlQuery;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.sql.DdlExport;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.vavr.control.Either;

public final class ExportSchemaSqlService implements ExportSchemaSqlQuery {

  private final SchemaDocumentReader reader;

  public ExportSchemaSqlService(SchemaLimits limits) {
    this.reader = new SchemaDocumentReader(limits);
  }

  @Override
  public Either<ProjectError, DdlExport> exportSchemaSql(JsonValue document, Engine engine) {
    if (SchemaDocumentReader.isExportEnvelope(document)) {
      var envelope = reader.readExport(document);
      var report = SchemaValidator.validateExport(envelope, engine);
      if (!report.isValid()) {
        return Either.left(ProjectError.schemaInvalid(report.problems()));
      }
      return export(envelope.value().document(), engine);
    }
    var decoded = reader.read(document);
    if (decoded.hasErrors()) {
      return Either.left(
          ProjectError.schemaInvalid(SchemaValidator.validate(decoded, engine).problems()));
    }
    return export(decoded.value(), engine);
  }

  private static Either<ProjectError, DdlExport> export(SchemaDocument document, Engine engine) {
    return DdlExporter.export(document, engine)
        .mapLeft(report -> ProjectError.schemaInvalid(report.problems()));
  }
}
