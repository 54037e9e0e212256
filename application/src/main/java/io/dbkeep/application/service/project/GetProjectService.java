package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.project.GetProjectQuery;
import io.dbkeep.application.port.out.project.LoadProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;

public final class GetProjectService implements GetProjectQuery {

  private final UnitOfWork unitOfWork;
  private final LoadProjectPort loadProject;

  public GetProjectService(UnitOfWork unitOfWork, LoadProjectPort loadProject) {
    this.unitOfWork = unitOfWork;
    this.loadProject = loadProject;
  }

  @Override
  public Either<ProjectError, Project> getProject(UserId caller, ProjectId id) {
    return unitOfWork.inTransaction(
        () -> ProjectAccess.visibleTo(caller, id, loadProject.load(id)));
  }
}
