package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.project.UpdateProjectCommand;
import io.dbkeep.application.port.in.project.UpdateProjectUseCase;
import io.dbkeep.application.port.out.project.LoadProjectPort;
import io.dbkeep.application.port.out.project.SaveProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.vavr.control.Either;
import java.time.Clock;

public final class UpdateProjectService implements UpdateProjectUseCase {

  private final UnitOfWork unitOfWork;
  private final LoadProjectPort loadProject;
  private final SaveProjectPort saveProject;
  private final Clock clock;

  public UpdateProjectService(
      UnitOfWork unitOfWork,
      LoadProjectPort loadProject,
      SaveProjectPort saveProject,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.loadProject = loadProject;
    this.saveProject = saveProject;
    this.clock = clock;
  }

  @Override
  public Either<ProjectError, Project> updateProject(UpdateProjectCommand command) {
    return unitOfWork.inTransaction(
        () ->
            ProjectAccess.visibleTo(
                    command.caller(), command.id(), loadProject.loadForUpdate(command.id()))
                .flatMap(stored -> stored.expectVersion(command.expectedVersion()))
                .map(
                    stored ->
                        stored.change(
                            command.name(), command.engine(), command.data(), Now.of(clock)))
                .map(saveProject::update));
  }
}
