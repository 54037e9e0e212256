package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.project.ListProjectVersionsQuery;
import io.dbkeep.application.port.out.project.ReadProjectVersionsPort;
import io.dbkeep.application.port.out.project.ReadStoredProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

public final class ListProjectVersionsService implements ListProjectVersionsQuery {

  private final UnitOfWork unitOfWork;
  private final ReadStoredProjectPort readStored;
  private final ReadProjectVersionsPort readVersions;

  public ListProjectVersionsService(
      UnitOfWork unitOfWork,
      ReadStoredProjectPort readStored,
      ReadProjectVersionsPort readVersions) {
    this.unitOfWork = unitOfWork;
    this.readStored = readStored;
    this.readVersions = readVersions;
  }

  @Override
  public Either<ProjectError, Page> listVersions(
      UserId caller, ProjectId id, Option<Long> before, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      return Either.left(
          ProjectError.invalid(
              List.of(
                  Problem.error(
                      "limit",
                      "OUT_OF_RANGE",
                      "limit must be between 1 and " + MAX_LIMIT + ", not " + limit))));
    }
    return unitOfWork.inTransaction(
        () ->
            ProjectAccess.visibleStored(caller, id, readStored.readStored(id, false))
                .map(
                    project -> {
                      // one more than asked tells whether a next page exists
                      var rows = readVersions.listVersions(id, before, limit + 1);
                      var page = rows.size() > limit ? rows.subList(0, limit) : rows;
                      Option<Long> next =
                          rows.size() > limit
                              ? Option.of(page.get(page.size() - 1).number())
                              : Option.none();
                      return new Page(page, next);
                    }));
  }
}
