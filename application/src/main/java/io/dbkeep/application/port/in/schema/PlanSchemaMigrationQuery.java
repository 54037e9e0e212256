package io.dbkeep.application.port.in.schema;

import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.schema.sql.Migration;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Plans the migration between two given schema documents (bare or export envelopes) without storing
 * them: the changes, the warnings and the SQL for one engine. Refused with {@code VALIDATION_ERROR}
 * when the two envelopes name different engines (detail code {@code ENGINE_CHANGED}), and with
 * {@code SCHEMA_INVALID} listing every problem of an invalid document (paths start with {@code
 * from.} or {@code to.}).
 */
public interface PlanSchemaMigrationQuery {

  /**
   * @param engine the engine asked for; none: the envelopes' engine, else PostgreSQL
   * @param down whether to plan from {@code to} back to {@code from}
   */
  Either<ProjectError, Migration> planSchemaMigration(
      JsonValue from, JsonValue to, Option<Engine> engine, boolean down);
}
