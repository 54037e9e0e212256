package io.dbkeep.application.port.in.schema;

import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.sql.ValidationReport;

/**
 * Validates a schema document (a bare document or an export envelope) for an engine, reporting
 * every problem at once: reading problems (wrong JSON types, limits) and validation problems, each
 * with its path. Never fails: an unusable document is an invalid report.
 */
public interface ValidateSchemaQuery {

  ValidationReport validateSchema(JsonValue document, Engine engine);
}
