package io.dbkeep.domain.schema;

import java.util.Objects;

/**
 * A schema document read straight from a request body, without its JSON tree (ADR 0141): what
 * {@code SchemaDocumentReader.read} gives for the tree of that body's document, read by {@code
 * limits}. A service that takes it checks that they are its own limits (a wiring error otherwise:
 * the document would not have been refused as the service refuses it).
 */
public record ReadDocument(Decoded<SchemaDocument> decoded, SchemaLimits limits) {

  public ReadDocument {
    Objects.requireNonNull(decoded, "decoded");
    Objects.requireNonNull(limits, "limits");
  }
}
