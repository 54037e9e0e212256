package io.dbkeep.application.port.out.project;

import io.dbkeep.domain.project.ExpectedVersion;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.StoredProject;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Makes a recorded version's document, name and engine the project's current ones, without reading
 * them out of the database. Must be called inside a {@code UnitOfWork} transaction; recording the
 * restored state as a new version is the caller's next step ({@link RecordProjectVersionPort}).
 */
public interface RestoreProjectVersionPort {

  /**
   * Copies version {@code number} into the project {@code id} owned by {@code owner} when {@code
   * expectedRevision} admits its revision, and returns it as stored (without its document) at the
   * next revision; none when nothing matched (no such project, owner, revision or version).
   */
  Option<StoredProject> restoreVersion(
      ProjectId id, UserId owner, long number, ExpectedVersion expectedRevision, Instant now);
}
