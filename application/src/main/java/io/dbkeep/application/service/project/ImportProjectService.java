package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.schema.ImportProjectCommand;
import io.dbkeep.application.port.in.schema.ImportProjectUseCase;
import io.dbkeep.application.port.out.project.RecordProjectVersionPort;
import io.dbkeep.application.port.out.project.SaveProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.project.SavedProject;
import io.dbkeep.domain.project.VersionNotes;
import io.dbkeep.domain.schema.Decoded;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;

public final class ImportProjectService implements ImportProjectUseCase {

  private final UnitOfWork unitOfWork;
  private final SaveProjectPort saveProject;
  private final RecordProjectVersionPort recordVersion;
  private final SchemaDocuments documents;
  private final Clock clock;

  public ImportProjectService(
      UnitOfWork unitOfWork,
      SaveProjectPort saveProject,
      RecordProjectVersionPort recordVersion,
      SchemaLimits limits,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.saveProject = saveProject;
    this.recordVersion = recordVersion;
    this.documents = new SchemaDocuments(limits);
    this.clock = clock;
  }

  @Override
  public Either<ProjectError, SavedProject> importProject(ImportProjectCommand command) {
    var decoded = documents.reader().readExport(command.envelope());
    var envelope = decoded.value();
    var envelopeErrors =
        SchemaDocumentReader.envelopeProblems(decoded.problems()).stream()
            .filter(Problem::isError)
            .toList();
    var document =
        new Decoded<>(
            envelope.document(), SchemaDocumentReader.documentProblems(decoded.problems()));
    if (!envelopeErrors.isEmpty()) {
      return Either.left(
          ProjectError.schemaInvalid(
              SchemaValidator.validateExport(decoded, envelope.engine()).problems()));
    }
    return documents
        .accept(document, envelope.engine())
        .mapLeft(ImportProjectService::underProject)
        .flatMap(
            accepted -> {
              var project =
                  Project.create(
                      new ProjectName(envelope.name()),
                      envelope.engine(),
                      command.caller(),
                      Option.of(accepted.data()),
                      Now.of(clock));
              return unitOfWork.inTransaction(
                  () -> {
                    var stored = saveProject.insert(project);
                    recordVersion.recordVersion(
                        stored.id(), command.caller(), VersionNotes.message("Imported"));
                    return Either.right(new SavedProject(stored, accepted.problems()));
                  });
            });
  }

  /** The document's problems, with paths inside the envelope ({@code project.tables[0]…}). */
  private static ProjectError underProject(ProjectError error) {
    return ProjectError.schemaInvalid(
        error.details().stream()
            .map(
                problem ->
                    new Problem(
                        problem.path().isEmpty() ? "project" : "project." + problem.path(),
                        problem.code(),
                        problem.severity(),
                        problem.message()))
            .toList());
  }
}
