package io.dbkeep.application.port.in.schema;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.schema.sql.DdlExport;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Exports one of the caller's projects as DDL, for the project's engine or another one. Refusals:
 * {@code PROJECT_NOT_FOUND} (missing or not the caller's), {@code SCHEMA_INVALID} (the document is
 * not valid for that engine, every problem listed).
 */
public interface ExportProjectSqlQuery {

  Either<ProjectError, DdlExport> exportProjectSql(
      UserId caller, ProjectId id, Option<Engine> engine);
}
