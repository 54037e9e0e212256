package io.dbkeep.application.port.out.format;

import io.dbkeep.domain.format.ImportError;
import io.dbkeep.domain.format.ImportedSchema;
import io.dbkeep.domain.format.SourceFormat;
import io.vavr.control.Either;

/**
 * Reads a schema written in one foreign text format into a schema document. One implementation per
 * {@link SourceFormat}; the composition root hands the import use case all of them.
 *
 * <p>Contract: never throws on any input (every refusal is an {@link ImportError} with a 1-based
 * line and column); never drops a statement or setting silently (what the document cannot hold
 * becomes an {@code ImportWarning} with its line); is bounded in time and memory by the text's
 * size. The document it returns is well-formed but need not be valid for the engine, and its tables
 * may lack positions.
 */
public interface SchemaTextReader {

  /** The one format this reader reads. */
  SourceFormat format();

  Either<ImportError, ImportedSchema> read(String text);
}
