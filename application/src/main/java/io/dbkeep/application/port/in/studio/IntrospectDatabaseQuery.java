package io.dbkeep.application.port.in.studio;

import io.dbkeep.domain.studio.SchemaIntrospection;
import io.dbkeep.domain.studio.StudioError;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The live database's structure as a schema document ("open as schema project"): the tables of one
 * schema (default: PostgreSQL {@code public}, MySQL the connection's database, SQLite {@code
 * main}), valid for the database's engine, with warnings for what could not be carried over (among
 * them CHECK constraints outside the document's neutral subset, ADR 0140). Unknown schema → {@code
 * SCHEMA_NOT_FOUND}.
 */
public interface IntrospectDatabaseQuery {

  Either<StudioError, SchemaIntrospection.Result> introspect(Option<String> schema);
}
