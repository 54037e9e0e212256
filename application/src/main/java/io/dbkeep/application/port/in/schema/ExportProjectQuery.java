package io.dbkeep.application.port.in.schema;

import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.schema.ProjectExport;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;

/**
 * One of the caller's projects as the original's JSON export envelope {@code {version:"1.0",
 * exportedAt, project:{name, engine, tables, …}}}; {@code PROJECT_NOT_FOUND} when it is missing or
 * not the caller's.
 */
public interface ExportProjectQuery {

  Either<ProjectError, ProjectExport> exportProject(UserId caller, ProjectId id);
}
