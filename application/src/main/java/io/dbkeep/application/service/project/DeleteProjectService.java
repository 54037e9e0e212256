package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.project.DeleteProjectCommand;
import io.dbkeep.application.port.in.project.DeleteProjectUseCase;
import io.dbkeep.application.port.out.project.DeleteProjectPort;
import io.dbkeep.application.port.out.project.LoadProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.vavr.control.Either;

public final class DeleteProjectService implements DeleteProjectUseCase {

  private final UnitOfWork unitOfWork;
  private final LoadProjectPort loadProject;
  private final DeleteProjectPort deleteProject;

  public DeleteProjectService(
      UnitOfWork unitOfWork, LoadProjectPort loadProject, DeleteProjectPort deleteProject) {
    this.unitOfWork = unitOfWork;
    this.loadProject = loadProject;
    this.deleteProject = deleteProject;
  }

  @Override
  public Either<ProjectError, ProjectId> deleteProject(DeleteProjectCommand command) {
    return unitOfWork.inTransaction(
        () ->
            ProjectAccess.visibleTo(
                    command.caller(), command.id(), loadProject.loadForUpdate(command.id()))
                .flatMap(stored -> stored.expectVersion(command.expectedVersion()))
                .map(
                    stored -> {
                      deleteProject.delete(stored.id());
                      return stored.id();
                    }));
  }
}
