package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.SavedProject;
import io.vavr.control.Either;

/**
 * Applies an update atomically: the read, the version check and the write happen in one transaction
 * holding the project's lock, so concurrent updates are serialised and none is lost. Returns the
 * project as stored, with its new version and the warnings of its document. When the document or
 * the engine changes, the resulting document is validated for the resulting engine first: errors
 * refuse the update with {@code SCHEMA_INVALID} listing every problem, and nothing is written.
 */
public interface UpdateProjectUseCase {

  Either<ProjectError, SavedProject> updateProject(UpdateProjectCommand command);
}
