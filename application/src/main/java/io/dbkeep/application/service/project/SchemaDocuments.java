package io.dbkeep.application.service.project;

import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.json.StorableJson;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.schema.Decoded;
import io.dbkeep.domain.schema.ReadDocument;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.vavr.control.Either;
import java.util.List;

/**
 * The one rule for documents that are stored ("never lose work"): a document that is well-formed —
 * readable as a DBKeep document within the limits, and storable so that it reads back exactly as
 * accepted ({@link StorableJson}: numbers short enough in full decimal form, no U+0000 or unpaired
 * surrogates) — is stored in the normalised wire format (with {@code formatVersion}) even when it
 * has semantic errors for the project's engine (incompatible relation types, missing keys, names
 * the engine refuses …); every problem, errors and warnings, travels back to the caller. Only a
 * document that cannot be read (wrong shape) or stored is refused. Making it real (SQL export,
 * migrations) still refuses errors.
 */
final class SchemaDocuments {

  private final SchemaDocumentReader reader;
  private final SchemaLimits limits;

  SchemaDocuments(SchemaLimits limits) {
    this.reader = new SchemaDocumentReader(limits);
    this.limits = limits;
  }

  /**
   * A document read from a body (ADR 0141), as {@link #reader()} reads its tree.
   *
   * @throws IllegalStateException when it was read by other limits than these (a wiring error: it
   *     would not have been refused as these refuse it)
   */
  Decoded<SchemaDocument> read(ReadDocument document) {
    if (!document.limits().equals(limits)) {
      throw new IllegalStateException(
          "the document was read by " + document.limits() + ", this service reads by " + limits);
    }
    return document.decoded();
  }

  /** A document ready to store: normalised JSON plus every problem it has for the engine. */
  record Accepted(JsonValue data, List<Problem> problems) {}

  /**
   * Checks {@code data} for {@code engine}: {@code SCHEMA_INVALID} with every problem when it
   * cannot be read or stored, else the document to store with its problems.
   */
  Either<ProjectError, Accepted> accept(JsonValue data, Engine engine) {
    return accept(reader.read(data), engine);
  }

  /**
   * A well-formed, storable document read from a request, ready to be written straight to the store
   * (no tree of its stored form: ADR 0131).
   */
  record Prepared(Decoded<SchemaDocument> decoded) {

    SchemaDocument document() {
      return decoded.value();
    }
  }

  /**
   * The engine-independent half of {@link #accept}: refuses what cannot be read or stored, else the
   * document to store; its problems for an engine come from {@link #problems} afterwards.
   */
  Either<ProjectError, Prepared> prepare(JsonValue data) {
    return prepare(reader.read(data));
  }

  /** The same for a document already read from the body (ADR 0141). */
  Either<ProjectError, Prepared> prepare(ReadDocument document) {
    return prepare(read(document));
  }

  private Either<ProjectError, Prepared> prepare(Decoded<SchemaDocument> decoded) {
    if (decoded.problems().stream().anyMatch(Problem::isError)) {
      return Either.left(
          ProjectError.schemaInvalid(
              SchemaValidator.validate(decoded, io.dbkeep.domain.project.Engine.POSTGRESQL)
                  .problems()));
    }
    var unstorable = StorableJson.checker();
    SchemaDocumentWriter.write(decoded.value(), unstorable);
    if (!unstorable.problems().isEmpty()) {
      return Either.left(ProjectError.schemaInvalid(unstorable.problems()));
    }
    return Either.right(new Prepared(decoded));
  }

  /** Every problem of a prepared document for {@code engine}. */
  List<Problem> problems(Prepared prepared, Engine engine) {
    return SchemaValidator.validate(prepared.decoded(), engine).problems();
  }

  /** The same for a document already read (e.g. from an export envelope). */
  Either<ProjectError, Accepted> accept(Decoded<SchemaDocument> decoded, Engine engine) {
    var report = SchemaValidator.validate(decoded, engine);
    if (decoded.problems().stream().anyMatch(Problem::isError)) {
      return Either.left(ProjectError.schemaInvalid(report.problems()));
    }
    var written = SchemaDocumentWriter.write(decoded.value());
    var unstorable = StorableJson.problems(written);
    if (!unstorable.isEmpty()) {
      return Either.left(ProjectError.schemaInvalid(unstorable));
    }
    return Either.right(new Accepted(written, report.problems()));
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
