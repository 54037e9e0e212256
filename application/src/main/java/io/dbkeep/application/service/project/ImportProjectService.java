package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.schema.ImportProjectCommand;
import io.dbkeep.application.port.in.schema.ImportProjectUseCase;
import io.dbkeep.application.port.out.project.SaveProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.project.SavedProject;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;

public final class ImportProjectService implements ImportProjectUseCase {

  private final UnitOfWork unitOfWork;
  private final SaveProjectPort saveProject;
  private final SchemaDocuments documents;
  private final Clock clock;

  public ImportProjectService(
      UnitOfWork unitOfWork, SaveProjectPort saveProject, SchemaLimits limits, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.saveProject = saveProject;
    this.documents = new SchemaDocuments(limits);
    this.clock = clock;
  }

  @Override
  public Either<ProjectError, SavedProject> importProject(ImportProjectCommand command) {
    var decoded = documents.reader().readExport(command.envelope());
    var envelope = decoded.value();
    var report = SchemaValidator.validateExport(decoded, envelope.engine());
    if (!report.isValid()) {
      return Either.left(ProjectError.schemaInvalid(report.problems()));
    }
    var project =
        Project.create(
            new ProjectName(envelope.name()),
            envelope.engine(),
            command.caller(),
            Option.of(SchemaDocumentWriter.write(envelope.document())),
            Now.of(clock));
    return unitOfWork.inTransaction(
        () -> Either.right(new SavedProject(saveProject.insert(project), report.warnings())));
  }
}
