package io.dbkeep.application.service.project;

import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.json.StorableJson;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.vavr.control.Either;
import java.util.List;

/**
 * The one rule for documents that are stored: read within the limits, valid for the project's
 * engine, storable so that it reads back exactly as accepted ({@link StorableJson}: numbers short
 * enough in full decimal form, no U+0000 or unpaired surrogates), and stored in the normalised wire
 * format (with {@code formatVersion}); warnings travel back to the caller.
 */
final class SchemaDocuments {

  private final SchemaDocumentReader reader;

  SchemaDocuments(SchemaLimits limits) {
    this.reader = new SchemaDocumentReader(limits);
  }

  /** A document ready to store: normalised JSON plus the warnings it raised. */
  record Accepted(JsonValue data, List<Problem> warnings) {}

  /** Checks {@code data} for {@code engine}: {@code SCHEMA_INVALID} with every problem, or ok. */
  Either<ProjectError, Accepted> accept(JsonValue data, Engine engine) {
    var decoded = reader.read(data);
    var report = SchemaValidator.validate(decoded, engine);
    if (!report.isValid()) {
      return Either.left(ProjectError.schemaInvalid(report.problems()));
    }
    var written = SchemaDocumentWriter.write(decoded.value());
    var unstorable = StorableJson.problems(written);
    if (!unstorable.isEmpty()) {
      return Either.left(ProjectError.schemaInvalid(unstorable));
    }
    return Either.right(new Accepted(written, report.warnings()));
  }

  /** The empty document, normalised. */
  static JsonValue emptyDocument() {
    return SchemaDocumentWriter.write(SchemaDocument.empty());
  }

  /** The reader, for services that read stored documents. */
  SchemaDocumentReader reader() {
    return reader;
  }
}
