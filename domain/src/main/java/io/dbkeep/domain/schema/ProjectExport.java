package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.project.Engine;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The original DBKeep's JSON export envelope: {@code {version:"1.0", exportedAt, project:{name,
 * engine, tables, groups, notes, relations, …}}}, where {@code project} holds the document's
 * members beside the project's name and engine.
 *
 * @param version the envelope version ({@value #VERSION} is written; any {@code 1.x} is read)
 * @param exportedAt when it was exported (ISO-8601 text), if known
 * @param name the project's name
 * @param engine the project's engine
 * @param document the schema document
 * @param extra unknown members of the envelope (outside {@code project}), kept in order
 */
public record ProjectExport(
    String version,
    Option<String> exportedAt,
    String name,
    Engine engine,
    SchemaDocument document,
    JsonObject extra) {

  /** The envelope version written. */
  public static final String VERSION = "1.0";

  public ProjectExport {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(exportedAt, "exportedAt");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(extra, "extra");
  }

  /** An envelope of the current version. */
  public static ProjectExport of(
      String name, Engine engine, SchemaDocument document, String exportedAt) {
    return new ProjectExport(
        VERSION, Option.of(exportedAt), name, engine, document, JsonObject.empty());
  }
}
