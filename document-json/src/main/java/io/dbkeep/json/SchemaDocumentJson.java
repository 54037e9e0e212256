package io.dbkeep.json;

import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.schema.Decoded;
import io.dbkeep.domain.schema.ProjectExport;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.dbkeep.domain.schema.SchemaLimits;
import java.io.InputStream;

/**
 * Schema documents as JSON text, for the CLI, the adapters and services embedding DBKeep (no HTTP
 * stack needed): text → {@link SchemaDocument} with every reading problem and its path, and back.
 * Thread-safe.
 *
 * <pre>{@code
 * var json = new SchemaDocumentJson();
 * Decoded<SchemaDocument> read = json.readDocument(text);   // a bare document or an export envelope
 * ValidationReport report = SchemaValidator.validate(read, Engine.POSTGRESQL);
 * }</pre>
 */
public final class SchemaDocumentJson {

  private final JsonCodec codec;
  private final SchemaDocumentReader reader;

  public SchemaDocumentJson() {
    this(new JsonCodec(), SchemaLimits.DEFAULT);
  }

  public SchemaDocumentJson(JsonCodec codec, SchemaLimits limits) {
    this.codec = codec;
    this.reader = new SchemaDocumentReader(limits);
  }

  /**
   * Reads a bare document or, when the text is an export envelope, the document inside it.
   *
   * @throws MalformedJsonException when the text is not JSON (or breaks the JSON limits)
   */
  public Decoded<SchemaDocument> readDocument(String text) {
    return reader.readDocumentOrEnvelope(codec.read(text));
  }

  /** Like {@link #readDocument(String)}, from UTF-8 bytes. */
  public Decoded<SchemaDocument> readDocument(byte[] bytes) {
    return reader.readDocumentOrEnvelope(codec.read(bytes));
  }

  /** Like {@link #readDocument(String)}, from a stream (not closed). */
  public Decoded<SchemaDocument> readDocument(InputStream input) {
    return reader.readDocumentOrEnvelope(codec.read(input));
  }

  /** Reads an export envelope {@code {version, exportedAt, project:{name, engine, …}}}. */
  public Decoded<ProjectExport> readExport(String text) {
    return reader.readExport(codec.read(text));
  }

  /** Like {@link #readExport(String)}, from UTF-8 bytes. */
  public Decoded<ProjectExport> readExport(byte[] bytes) {
    return reader.readExport(codec.read(bytes));
  }

  /** The document as compact JSON text. */
  public String write(SchemaDocument document) {
    return codec.write(document);
  }

  /** The export envelope as compact JSON text. */
  public String write(ProjectExport export) {
    return codec.write(SchemaDocumentWriter.write(export));
  }

  /** The document as the domain's JSON tree (e.g. to store it). */
  public static JsonValue tree(SchemaDocument document) {
    return SchemaDocumentWriter.write(document);
  }
}
