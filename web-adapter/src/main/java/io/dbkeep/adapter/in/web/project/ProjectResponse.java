package io.dbkeep.adapter.in.web.project;

import io.dbkeep.adapter.in.web.request.Timestamps;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Project;

/** A project with its document, as {@code GET/POST/PUT /api/projects…} answer it. */
public record ProjectResponse(
    String id,
    String name,
    String engine,
    JsonValue data,
    String userId,
    String ownerId,
    String ownerType,
    String createdAt,
    String updatedAt,
    long version) {

  public static ProjectResponse from(Project project) {
    return new ProjectResponse(
        project.id().toString(),
        project.name().value(),
        project.engine().displayName(),
        project.data(),
        project.createdBy().value(),
        project.owner().ownerId(),
        project.owner().type().wireName(),
        Timestamps.format(project.createdAt()),
        Timestamps.format(project.updatedAt()),
        project.version());
  }
}
