package io.dbkeep.application.port.in.schema;

import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.SavedProject;
import io.vavr.control.Either;

/**
 * Creates a project from an export envelope, owned by the caller, after validating its document for
 * its engine. Refusals: {@code SCHEMA_INVALID} with every problem (the envelope's name, engine and
 * version included, at paths such as {@code project.name}); nothing is stored then.
 */
public interface ImportProjectUseCase {

  Either<ProjectError, SavedProject> importProject(ImportProjectCommand command);
}
