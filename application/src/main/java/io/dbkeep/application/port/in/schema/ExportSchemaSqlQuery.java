package io.dbkeep.application.port.in.schema;

import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.schema.sql.DdlExport;
import io.vavr.control.Either;

/**
 * Exports a given schema document (bare or an export envelope) as DDL for an engine. An invalid
 * document is refused with {@code SCHEMA_INVALID} listing every problem; a valid one gives DDL that
 * executes on the engine.
 */
public interface ExportSchemaSqlQuery {

  Either<ProjectError, DdlExport> exportSchemaSql(JsonValue document, Engine engine);
}
