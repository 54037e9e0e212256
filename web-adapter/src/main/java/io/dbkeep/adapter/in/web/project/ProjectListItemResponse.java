package io.dbkeep.adapter.in.web.project;

import io.dbkeep.adapter.in.web.request.Timestamps;
import io.dbkeep.domain.project.ProjectSummary;

/** One entry of {@code GET /api/projects}: a project without its document. */
public record ProjectListItemResponse(
    String id,
    String name,
    String engine,
    String ownerId,
    String ownerType,
    String createdAt,
    String updatedAt,
    String createdByName,
    long version) {

  public static ProjectListItemResponse from(ProjectSummary summary) {
    return new ProjectListItemResponse(
        summary.id().toString(),
        summary.name().value(),
        summary.engine().displayName(),
        summary.owner().ownerId(),
        summary.owner().type().wireName(),
        Timestamps.format(summary.createdAt()),
        Timestamps.format(summary.updatedAt()),
        summary.createdByName(),
        summary.version());
  }
}
