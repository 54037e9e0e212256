package io.dbkeep.adapter.in.web.project;

import io.dbkeep.adapter.in.web.request.Timestamps;
import io.dbkeep.domain.project.ProjectVersion;

/**
 * A project version's small fields, as the version routes answer them ({@code label} and {@code
 * message} are null when unset); {@code GET …/versions/{n}} adds the document as {@code data}.
 *
 * @param revision the project revision (ETag) this version recorded
 */
public record VersionResponse(
    long number,
    long revision,
    String name,
    String engine,
    String authorId,
    String createdAt,
    String label,
    String message) {

  public static VersionResponse from(ProjectVersion version) {
    return new VersionResponse(
        version.number(),
        version.revision(),
        version.name().value(),
        version.engine().displayName(),
        version.author().value(),
        Timestamps.format(version.createdAt()),
        version.notes().label().getOrNull(),
        version.notes().message().getOrNull());
  }
}
