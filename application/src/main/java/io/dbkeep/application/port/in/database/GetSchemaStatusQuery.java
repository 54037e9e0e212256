package io.dbkeep.application.port.in.database;

import io.dbkeep.domain.database.SchemaStatus;

/**
 * Where the database's schema stands: applied and pending migrations, whether an original DBKeep
 * database awaits adoption, and (when nothing is pending) whether the live schema matches the
 * persistence mapping.
 */
public interface GetSchemaStatusQuery {

  SchemaStatus schemaStatus();
}
