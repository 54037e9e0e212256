package io.dbkeep.domain.schema;

import io.dbkeep.domain.problem.Problem;
import java.util.List;

/**
 * An array member that {@link SchemaDocumentSink} has read while streaming: how many elements it
 * had, what each became (a record, or a string of a list of strings) and the problems of reading
 * them, in element order. {@code values} is null when the array had more elements than the sink
 * keeps (a limit such as {@code TOO_MANY_TABLES}: the rule then refuses it by its size alone).
 */
record ReadArray(int size, List<Object> values, List<Problem> problems) {}
