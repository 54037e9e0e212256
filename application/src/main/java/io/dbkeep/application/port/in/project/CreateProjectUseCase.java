package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.vavr.control.Either;

/** Creates a project owned by the caller and returns it as stored (version 1). */
public interface CreateProjectUseCase {

  Either<ProjectError, Project> createProject(CreateProjectCommand command);
}
