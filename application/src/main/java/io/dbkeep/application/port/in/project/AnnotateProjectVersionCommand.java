package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.VersionNotes;
import io.dbkeep.domain.user.UserId;
import java.util.Objects;

/** Change the label and/or message of version {@code number} of a project. */
public record AnnotateProjectVersionCommand(
    UserId caller, ProjectId id, long number, VersionNotes.Change change) {

  public AnnotateProjectVersionCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(change, "change");
  }
}
