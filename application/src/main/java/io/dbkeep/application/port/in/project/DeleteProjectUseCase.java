package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.vavr.control.Either;

/** Deletes one of the caller's projects and returns its id. */
public interface DeleteProjectUseCase {

  Either<ProjectError, ProjectId> deleteProject(DeleteProjectCommand command);
}
