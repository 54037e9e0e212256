package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.schema.ExportSchemaQuery;
import io.dbkeep.application.port.out.format.SchemaTextWriter;
import io.dbkeep.domain.format.ExportedSchema;
import io.dbkeep.domain.format.TargetFormat;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.SchemaLimits;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/** Writes a given document (bare or an envelope) with the writer of the format asked for. */
public final class ExportSchemaService implements ExportSchemaQuery {

  private final SchemaDocumentReader reader;
  private final FormatWriters writers;

  public ExportSchemaService(SchemaLimits limits, List<SchemaTextWriter> writers) {
    this.reader = new SchemaDocumentReader(limits);
    this.writers = new FormatWriters(writers);
  }

  @Override
  public Either<ProjectError, ExportedSchema> exportSchema(
      JsonValue document, TargetFormat format, Option<Engine> engine) {
    if (SchemaDocumentReader.isExportEnvelope(document)) {
      var envelope = reader.readExport(document);
      if (envelope.hasErrors()) {
        return Either.left(ProjectError.schemaInvalid(errors(envelope.problems())));
      }
      var export = envelope.value();
      return Either.right(
          writers.write(
              export.document(),
              format,
              engine.getOrElse(export.engine()),
              FormatWriters.baseName(export.name())));
    }
    var decoded = reader.read(document);
    if (decoded.hasErrors()) {
      return Either.left(ProjectError.schemaInvalid(errors(decoded.problems())));
    }
    return Either.right(
        writers.write(decoded.value(), format, engine.getOrElse(Engine.POSTGRESQL), "schema"));
  }

  private static List<Problem> errors(List<Problem> problems) {
    return problems.stream().filter(Problem::isError).toList();
  }
}
