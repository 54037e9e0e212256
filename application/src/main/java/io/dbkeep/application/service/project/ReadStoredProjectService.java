package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.project.ReadStoredProjectQuery;
import io.dbkeep.application.port.out.project.ReadStoredProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.StoredProject;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;

public final class ReadStoredProjectService implements ReadStoredProjectQuery {

  private final UnitOfWork unitOfWork;
  private final ReadStoredProjectPort readStored;

  public ReadStoredProjectService(UnitOfWork unitOfWork, ReadStoredProjectPort readStored) {
    this.unitOfWork = unitOfWork;
    this.readStored = readStored;
  }

  @Override
  public Either<ProjectError, StoredProject> readStored(
      UserId caller, ProjectId id, boolean withDocument) {
    return unitOfWork.inTransaction(
        () ->
            readStored
                .readStored(id, withDocument)
                .filter(project -> project.isAccessibleBy(caller))
                .toEither(() -> ProjectError.notFound(id)));
  }
}
