package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.project.UpdateProjectCommand;
import io.dbkeep.application.port.in.project.UpdateProjectUseCase;
import io.dbkeep.application.port.out.project.LoadProjectPort;
import io.dbkeep.application.port.out.project.SaveProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.SavedProject;
import io.dbkeep.domain.schema.SchemaLimits;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.List;

public final class UpdateProjectService implements UpdateProjectUseCase {

  private final UnitOfWork unitOfWork;
  private final LoadProjectPort loadProject;
  private final SaveProjectPort saveProject;
  private final Clock clock;
  private final SchemaDocuments documents;

  public UpdateProjectService(
      UnitOfWork unitOfWork,
      LoadProjectPort loadProject,
      SaveProjectPort saveProject,
      Clock clock) {
    this(unitOfWork, loadProject, saveProject, clock, SchemaLimits.DEFAULT);
  }

  public UpdateProjectService(
      UnitOfWork unitOfWork,
      LoadProjectPort loadProject,
      SaveProjectPort saveProject,
      Clock clock,
      SchemaLimits limits) {
    this.unitOfWork = unitOfWork;
    this.loadProject = loadProject;
    this.saveProject = saveProject;
    this.clock = clock;
    this.documents = new SchemaDocuments(limits);
  }

  @Override
  public Either<ProjectError, SavedProject> updateProject(UpdateProjectCommand command) {
    return unitOfWork.inTransaction(
        () ->
            ProjectAccess.visibleTo(
                    command.caller(), command.id(), loadProject.loadForUpdate(command.id()))
                .flatMap(stored -> stored.expectVersion(command.expectedVersion()))
                .flatMap(stored -> change(stored, command))
                .map(
                    changed ->
                        new SavedProject(
                            saveProject.update(changed.project()), changed.problems())));
  }

  /** The changed project; its document is checked when the document or the engine changes. */
  private Either<ProjectError, SavedProject> change(Project stored, UpdateProjectCommand command) {
    if (command.data().isEmpty() && command.engine().isEmpty()) {
      return Either.right(
          new SavedProject(
              stored.change(command.name(), Option.none(), Option.none(), Now.of(clock)),
              List.of()));
    }
    return documents
        .accept(
            command.data().getOrElse(stored.data()), command.engine().getOrElse(stored.engine()))
        .map(
            accepted ->
                new SavedProject(
                    stored.change(
                        command.name(),
                        command.engine(),
                        Option.of(accepted.data()),
                        Now.of(clock)),
                    accepted.problems()));
  }
}
