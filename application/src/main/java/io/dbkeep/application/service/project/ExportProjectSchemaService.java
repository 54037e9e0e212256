package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.schema.ExportProjectSchemaQuery;
import io.dbkeep.application.port.out.format.SchemaTextWriter;
import io.dbkeep.application.port.out.project.LoadProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.format.ExportedSchema;
import io.dbkeep.domain.format.TargetFormat;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/**
 * Writes one of the caller's stored projects with the writer of the format asked for; the stored
 * document is well-formed by construction, so only "not found" is refused.
 */
public final class ExportProjectSchemaService implements ExportProjectSchemaQuery {

  private final UnitOfWork unitOfWork;
  private final LoadProjectPort loadProject;
  private final SchemaDocumentReader reader;
  private final FormatWriters writers;

  public ExportProjectSchemaService(
      UnitOfWork unitOfWork,
      LoadProjectPort loadProject,
      SchemaLimits limits,
      List<SchemaTextWriter> writers) {
    this.unitOfWork = unitOfWork;
    this.loadProject = loadProject;
    this.reader = new SchemaDocumentReader(limits);
    this.writers = new FormatWriters(writers);
  }

  @Override
  public Either<ProjectError, ExportedSchema> exportProject(
      UserId caller, ProjectId id, TargetFormat format, Option<Engine> engine) {
    return unitOfWork
        .inTransaction(() -> ProjectAccess.visibleTo(caller, id, loadProject.load(id)))
        .map(
            project ->
                writers.write(
                    reader.read(project.data()).value(),
                    format,
                    engine.getOrElse(project.engine()),
                    FormatWriters.baseName(project.name().value())));
  }
}
