package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.ExpectedVersion;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Make version {@code number} the project's current state.
 *
 * @param expectedRevision the project revisions the caller accepts (its {@code If-Match}: the ETag
 *     it saw, a list of them, or {@code *}); required
 */
public record RestoreProjectVersionCommand(
    UserId caller, ProjectId id, long number, Option<ExpectedVersion> expectedRevision) {

  public RestoreProjectVersionCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expectedRevision, "expectedRevision");
  }
}
