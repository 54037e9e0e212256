package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;

/**
 * Reads one project with its document. A project the caller may not see answers {@code
 * PROJECT_NOT_FOUND}, exactly like a missing one.
 */
public interface GetProjectQuery {

  Either<ProjectError, Project> getProject(UserId caller, ProjectId id);
}
