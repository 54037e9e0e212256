package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.project.GetProjectVersionQuery;
import io.dbkeep.application.port.out.project.ReadProjectVersionsPort;
import io.dbkeep.application.port.out.project.ReadStoredProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectVersion;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;

public final class GetProjectVersionService implements GetProjectVersionQuery {

  private final UnitOfWork unitOfWork;
  private final ReadStoredProjectPort readStored;
  private final ReadProjectVersionsPort readVersions;

  public GetProjectVersionService(
      UnitOfWork unitOfWork,
      ReadStoredProjectPort readStored,
      ReadProjectVersionsPort readVersions) {
    this.unitOfWork = unitOfWork;
    this.readStored = readStored;
    this.readVersions = readVersions;
  }

  @Override
  public Either<ProjectError, ProjectVersion> getVersion(UserId caller, ProjectId id, long number) {
    return unitOfWork.inTransaction(
        () ->
            ProjectAccess.visibleStored(caller, id, readStored.readStored(id, false))
                .flatMap(
                    project ->
                        readVersions
                            .readVersion(id, number, true)
                            .toEither(() -> ProjectError.versionNotFound(id, number))));
  }
}
