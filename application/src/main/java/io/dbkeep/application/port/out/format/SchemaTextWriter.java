package io.dbkeep.application.port.out.format;

import io.dbkeep.domain.format.TargetFormat;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;

/**
 * Writes a schema document in one foreign format: DBML or Mermaid text, or an SVG or PNG picture of
 * the diagram from the stored positions. One implementation per {@link TargetFormat}.
 *
 * <p>Contract: total on every well-formed document (valid or not); deterministic (the same document
 * gives the same bytes); text formats are UTF-8.
 */
public interface SchemaTextWriter {

  /** The one format this writer writes. */
  TargetFormat format();

  byte[] write(SchemaDocument document, Engine engine);
}
