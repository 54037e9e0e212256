package io.dbkeep.domain.schema.planted;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.sql.SchemaValidator;

/** Planted: a model class that validates itself, so the model would depend on the dialects. */
public final class PlantedModelUsingDialect {

  public boolean valid(SchemaDocument document) {
    return SchemaValidator.validate(document, Engine.SQLITE).isValid();
  }
}
