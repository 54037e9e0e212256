package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;

/** Copies one of the caller's projects as a new project named {@code "<name> (copy)"}. */
public interface DuplicateProjectUseCase {

  Either<ProjectError, Project> duplicateProject(UserId caller, ProjectId id);
}
