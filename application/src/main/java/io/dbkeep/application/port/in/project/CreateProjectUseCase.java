package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.SavedProject;
import io.vavr.control.Either;

/**
 * Creates a project owned by the caller and returns it as stored (version 1), with the warnings its
 * document raised. The document is validated for the project's engine first: errors refuse the
 * creation with {@code SCHEMA_INVALID} listing every problem; a valid document is stored in the
 * normalised wire format (with its {@code formatVersion}).
 */
public interface CreateProjectUseCase {

  Either<ProjectError, SavedProject> createProject(CreateProjectCommand command);
}
