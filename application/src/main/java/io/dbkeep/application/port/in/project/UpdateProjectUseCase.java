package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.vavr.control.Either;

/**
 * Applies an update atomically: the read, the version check and the write happen in one transaction
 * holding the project's lock, so concurrent updates are serialised and none is lost. Returns the
 * project as stored, with its new version.
 */
public interface UpdateProjectUseCase {

  Either<ProjectError, Project> updateProject(UpdateProjectCommand command);
}
