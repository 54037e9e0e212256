package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Delete one of the caller's projects.
 *
 * @param expectedVersion when present, the delete happens only if the stored version is this one
 */
public record DeleteProjectCommand(UserId caller, ProjectId id, Option<Long> expectedVersion) {

  public DeleteProjectCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
