package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectVersion;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/** A project's versions, newest first, a page at a time, without their documents. */
public interface ListProjectVersionsQuery {

  /** The largest page. */
  int MAX_LIMIT = 200;

  /** One page; {@code nextBefore} is the {@code before} of the next page, none on the last. */
  record Page(List<ProjectVersion> versions, Option<Long> nextBefore) {
    public Page {
      versions = List.copyOf(versions);
    }
  }

  /**
   * @param before only versions numbered below it (none: from the newest)
   * @param limit 1 to {@link #MAX_LIMIT}
   */
  Either<ProjectError, Page> listVersions(
      UserId caller, ProjectId id, Option<Long> before, int limit);
}
