package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.StoredProject;
import io.vavr.control.Either;

/**
 * Restores an old version: the project takes its document, name and engine, and a new version equal
 * to it is recorded (history is never rewritten). Refused with {@code PRECONDITION_REQUIRED}
 * without an expected revision and {@code VERSION_MISMATCH} when the project moved on.
 */
public interface RestoreProjectVersionUseCase {

  /** The project as stored after the restore, and the number of the version it recorded. */
  record Restored(StoredProject project, long versionNumber) {}

  Either<ProjectError, Restored> restoreVersion(RestoreProjectVersionCommand command);
}
