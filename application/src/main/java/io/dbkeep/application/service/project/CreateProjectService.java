package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.project.CreateProjectCommand;
import io.dbkeep.application.port.in.project.CreateProjectUseCase;
import io.dbkeep.application.port.out.project.RecordProjectVersionPort;
import io.dbkeep.application.port.out.project.SaveProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.SavedProject;
import io.dbkeep.domain.project.VersionNotes;
import io.dbkeep.domain.schema.SchemaLimits;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.List;

public final class CreateProjectService implements CreateProjectUseCase {

  private final UnitOfWork unitOfWork;
  private final SaveProjectPort saveProject;
  private final RecordProjectVersionPort recordVersion;
  private final Clock clock;
  private final SchemaDocuments documents;

  public CreateProjectService(
      UnitOfWork unitOfWork,
      SaveProjectPort saveProject,
      RecordProjectVersionPort recordVersion,
      Clock clock) {
    this(unitOfWork, saveProject, recordVersion, clock, SchemaLimits.DEFAULT);
  }

  public CreateProjectService(
      UnitOfWork unitOfWork,
      SaveProjectPort saveProject,
      RecordProjectVersionPort recordVersion,
      Clock clock,
      SchemaLimits limits) {
    this.unitOfWork = unitOfWork;
    this.saveProject = saveProject;
    this.recordVersion = recordVersion;
    this.clock = clock;
    this.documents = new SchemaDocuments(limits);
  }

  @Override
  public Either<ProjectError, SavedProject> createProject(CreateProjectCommand command) {
    if (command.document().isDefined()) {
      return documents
          .accept(documents.read(command.document().get()), command.engine())
          .flatMap(accepted -> save(command, Option.of(accepted.data()), accepted.problems()));
    }
    if (command.data().isEmpty()) {
      return save(command, Option.none(), List.of());
    }
    return documents
        .accept(command.data().get(), command.engine())
        .flatMap(accepted -> save(command, Option.of(accepted.data()), accepted.problems()));
  }

  private Either<ProjectError, SavedProject> save(
      CreateProjectCommand command, Option<JsonValue> data, List<Problem> warnings) {
    var project =
        Project.create(command.name(), command.engine(), command.caller(), data, Now.of(clock));
    return unitOfWork.inTransaction(
        () -> {
          var stored = saveProject.insert(project);
          recordVersion.recordVersion(stored.id(), command.caller(), VersionNotes.NONE);
          return Either.right(new SavedProject(stored, warnings));
        });
  }
}
