package io.dbkeep.application.port.in.schema;

import io.dbkeep.domain.format.ExportedSchema;
import io.dbkeep.domain.format.TargetFormat;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Exports a given schema document (bare or an export envelope) as DBML, Mermaid, SVG or PNG.
 * Nothing well-formed is refused: a document with semantic errors for its engine is still written
 * and drawn; only a document that cannot be read at all is {@code SCHEMA_INVALID} (its reading
 * errors listed). The engine (DBML's {@code database_type}) is the one asked for, else the
 * envelope's, else PostgreSQL.
 */
public interface ExportSchemaQuery {

  Either<ProjectError, ExportedSchema> exportSchema(
      JsonValue document, TargetFormat format, Option<Engine> engine);
}
