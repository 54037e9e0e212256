package io.dbkeep.adapter.in.web.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dbkeep.adapter.in.web.error.ErrorDetail;
import io.dbkeep.adapter.in.web.request.Timestamps;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.SavedProject;
import java.util.List;

/**
 * A project with its document, as {@code GET/POST/PUT /api/projects…} answer it; saves add the
 * document's {@code warnings} for the project's engine.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
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
    long version,
    List<ErrorDetail> warnings) {

  /** A saved project with its warnings (an empty list when there are none). */
  public static ProjectResponse from(SavedProject saved) {
    var project = from(saved.project());
    return new ProjectResponse(
        project.id,
        project.name,
        project.engine,
        project.data,
        project.userId,
        project.ownerId,
        project.ownerType,
        project.createdAt,
        project.updatedAt,
        project.version,
        saved.warnings().stream().map(ErrorDetail::from).toList());
  }

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
        project.version(),
        null);
  }
}
