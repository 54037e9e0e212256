package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.schema.ReadDocument;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Create a project for {@code caller}.
 *
 * @param data the schema document's tree; none for an empty one (or one given as {@code document})
 * @param document the schema document already read from the body (ADR 0141), in place of {@code
 *     data}; at most one of the two is present
 */
public record CreateProjectCommand(
    UserId caller,
    ProjectName name,
    Engine engine,
    Option<JsonValue> data,
    Option<ReadDocument> document) {

  /** A project whose document, if any, is a JSON tree. */
  public CreateProjectCommand(
      UserId caller, ProjectName name, Engine engine, Option<JsonValue> data) {
    this(caller, name, engine, data, Option.none());
  }

  public CreateProjectCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(document, "document");
    if (data.isDefined() && document.isDefined()) {
      throw new IllegalArgumentException("a project has one document: data or document");
    }
  }
}
