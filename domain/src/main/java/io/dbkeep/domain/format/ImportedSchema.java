package io.dbkeep.domain.format;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * What a reader made of a text: the document (its tables may have no positions yet; the import use
 * case lays them out), the engine the text names if any, and every warning.
 *
 * @param name a project name the text gives (DBML's {@code Project}), if any
 */
public record ImportedSchema(
    SchemaDocument document,
    Option<Engine> engine,
    Option<String> name,
    List<ImportWarning> warnings) {

  public ImportedSchema {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(name, "name");
    warnings = List.copyOf(warnings);
  }
}
