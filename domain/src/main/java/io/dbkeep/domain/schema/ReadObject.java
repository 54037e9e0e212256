package io.dbkeep.domain.schema;

import io.dbkeep.domain.problem.Problem;
import java.util.List;

/**
 * An object member ({@code position}, {@code style}) that {@link SchemaDocumentSink} has read while
 * streaming, with the problems of reading it.
 */
record ReadObject(Object value, List<Problem> problems) {}
