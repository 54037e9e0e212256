package io.dbkeep.application.port.in.format;

import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.SavedProject;
import io.vavr.control.Either;

/**
 * Creates a project from a schema text: the text is imported ({@link ImportSchemaQuery}), laid out,
 * and stored as a new project of the caller on the text's engine (DBML: its project settings, else
 * PostgreSQL). Refusals: {@code IMPORT_SYNTAX_ERROR} / {@code IMPORT_UNSUPPORTED} / {@code
 * IMPORT_TOO_LARGE} with the place in {@code details}; {@code SCHEMA_INVALID} when the document has
 * errors for its engine; {@code VALIDATION_ERROR} for a bad name. Nothing is stored then. The
 * import's warnings come back as the saved project's problems (path {@code line N}), the document's
 * own problems for its engine with paths under {@code data}.
 */
public interface ImportProjectTextUseCase {

  Either<ProjectError, SavedProject> importProject(ImportProjectTextCommand command);
}
