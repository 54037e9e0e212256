package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.ExpectedVersion;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Delete one of the caller's projects.
 *
 * @param expectedVersion when present (an {@code If-Match}), the delete happens only if it admits
 *     the stored version
 */
public record DeleteProjectCommand(
    UserId caller, ProjectId id, Option<ExpectedVersion> expectedVersion) {

  public DeleteProjectCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
