package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.schema.sql.Migration;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The migration between two versions of a project: what turns a database of version {@code from}
 * into version {@code to} (or back, {@code down}). Refused with {@code VERSION_NOT_FOUND} for a
 * missing version, {@code VALIDATION_ERROR} (detail {@code ENGINE_CHANGED}) when the versions name
 * different engines and none is asked for, and {@code SCHEMA_INVALID} listing every problem when a
 * version's document has errors (paths start with {@code from.} or {@code to.}).
 */
public interface PlanVersionMigrationQuery {

  /**
   * @param engine the engine asked for; none: the versions' engine
   */
  Either<ProjectError, Migration> planVersionMigration(
      UserId caller, ProjectId id, long from, long to, Option<Engine> engine, boolean down);
}
