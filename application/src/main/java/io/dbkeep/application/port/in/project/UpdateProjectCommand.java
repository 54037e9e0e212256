package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ExpectedVersion;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.schema.ReadDocument;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Change any of a project's name, engine and document.
 *
 * @param expectedVersion when present (an {@code If-Match}), the update happens only if it admits
 *     the stored version
 * @param returnDocument whether the caller wants the saved document back: when false, the result's
 *     project carries the empty document in its place, and a save of a new document does not build
 *     the saved document's tree at all (it is written as text straight from the document read, ADR
 *     0131)
 * @param document the new document already read from the body (ADR 0141), in place of {@code
 *     data}'s tree; at most one of the two is present
 */
public record UpdateProjectCommand(
    UserId caller,
    ProjectId id,
    Option<ProjectName> name,
    Option<Engine> engine,
    Option<JsonValue> data,
    Option<ExpectedVersion> expectedVersion,
    boolean returnDocument,
    Option<ReadDocument> document) {

  /** A change whose new document, if any, is a JSON tree. */
  public UpdateProjectCommand(
      UserId caller,
      ProjectId id,
      Option<ProjectName> name,
      Option<Engine> engine,
      Option<JsonValue> data,
      Option<ExpectedVersion> expectedVersion,
      boolean returnDocument) {
    this(caller, id, name, engine, data, expectedVersion, returnDocument, Option.none());
  }

  /** A change whose result carries the saved document. */
  public UpdateProjectCommand(
      UserId caller,
      ProjectId id,
      Option<ProjectName> name,
      Option<Engine> engine,
      Option<JsonValue> data,
      Option<ExpectedVersion> expectedVersion) {
    this(caller, id, name, engine, data, expectedVersion, true);
  }

  public UpdateProjectCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    Objects.requireNonNull(document, "document");
    if (data.isDefined() && document.isDefined()) {
      throw new IllegalArgumentException("a change has one new document: data or document");
    }
  }

  /** Whether the change brings a new document (as a tree or already read). */
  public boolean hasDocument() {
    return data.isDefined() || document.isDefined();
  }
}
