package io.dbkeep.application.service.schema;

import io.dbkeep.application.port.in.schema.ValidateSchemaQuery;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.dbkeep.domain.schema.sql.ValidationReport;

public final class ValidateSchemaService implements ValidateSchemaQuery {

  private final SchemaDocumentReader reader;

  public ValidateSchemaService(SchemaLimits limits) {
    this.reader = new SchemaDocumentReader(limits);
  }

  @Override
  public ValidationReport validateSchema(JsonValue document, Engine engine) {
    if (SchemaDocumentReader.isExportEnvelope(document)) {
      return SchemaValidator.validateExport(reader.readExport(document), engine);
    }
    return SchemaValidator.validate(reader.read(document), engine);
  }
}
