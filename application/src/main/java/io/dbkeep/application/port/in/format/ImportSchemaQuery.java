package io.dbkeep.application.port.in.format;

import io.dbkeep.domain.format.ImportError;
import io.dbkeep.domain.format.ImportedSchema;
import io.dbkeep.domain.format.SourceFormat;
import io.vavr.control.Either;

/**
 * Reads a schema written in a foreign format (an engine's SQL or DBML) into a document, every table
 * placed on the canvas, with a warning for everything the document does not keep. Refusals are
 * {@link ImportError}s at a line and column (syntax), or for a format no reader is configured for
 * ({@code UNSUPPORTED}) or a text over the limit ({@code TOO_LARGE}). Stores nothing.
 */
public interface ImportSchemaQuery {

  Either<ImportError, ImportedSchema> importSchema(String text, SourceFormat format);
}
