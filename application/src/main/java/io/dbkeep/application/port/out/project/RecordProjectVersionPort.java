package io.dbkeep.application.port.out.project;

import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.VersionNotes;
import io.dbkeep.domain.user.UserId;

/**
 * Records a project's stored state as its next version. Must be called inside the {@code
 * UnitOfWork} transaction that stored the change, after it, so that the change and its version
 * commit or roll back together.
 */
public interface RecordProjectVersionPort {

  /**
   * Copies the project's document, name, engine, revision and update time, as stored, into a new
   * version numbered one above its newest (1 for the first), by {@code author} with {@code notes};
   * then forgets the versions the configured retention no longer keeps (never a labelled one, never
   * the new one). Returns the new version's number.
   *
   * @throws IllegalArgumentException when there is no such project
   */
  long recordVersion(ProjectId id, UserId author, VersionNotes notes);
}
