package io.dbkeep.application.port.in.schema;

import io.dbkeep.domain.format.ExportedSchema;
import io.dbkeep.domain.format.TargetFormat;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Exports one of the caller's stored projects as DBML, Mermaid, SVG or PNG, named after the
 * project. {@code PROJECT_NOT_FOUND} when it is missing or not the caller's (the same rule as
 * reading it). The engine is the one asked for, else the project's.
 */
public interface ExportProjectSchemaQuery {

  Either<ProjectError, ExportedSchema> exportProject(
      UserId caller, ProjectId id, TargetFormat format, Option<Engine> engine);
}
