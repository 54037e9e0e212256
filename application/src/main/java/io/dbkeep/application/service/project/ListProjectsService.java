package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.project.ListProjectsQuery;
import io.dbkeep.application.port.out.project.ListProjectsPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.project.ProjectSummary;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import java.util.List;

public final class ListProjectsService implements ListProjectsQuery {

  private final UnitOfWork unitOfWork;
  private final ListProjectsPort listProjects;

  public ListProjectsService(UnitOfWork unitOfWork, ListProjectsPort listProjects) {
    this.unitOfWork = unitOfWork;
    this.listProjects = listProjects;
  }

  @Override
  public List<ProjectSummary> listProjects(UserId caller) {
    return unitOfWork
        .<RuntimeException, List<ProjectSummary>>inTransaction(
            () -> Either.right(listProjects.listOwnedBy(caller)))
        .get();
  }
}
