package io.dbkeep.application.service.project;

import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.StoredProject;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** The one rule for who sees a project: its owner; everybody else gets "not found". */
final class ProjectAccess {

  private ProjectAccess() {}

  static Either<ProjectError, Project> visibleTo(
      UserId caller, ProjectId id, Option<Project> stored) {
    return stored
        .filter(project -> project.isAccessibleBy(caller))
        .toEither(() -> ProjectError.notFound(id));
  }

  /** The same rule for a project read without its document. */
  static Either<ProjectError, StoredProject> visibleStored(
      UserId caller, ProjectId id, Option<StoredProject> stored) {
    return stored
        .filter(project -> project.isAccessibleBy(caller))
        .toEither(() -> ProjectError.notFound(id));
  }
}
