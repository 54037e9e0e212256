package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectVersion;
import io.vavr.control.Either;

/** Labels a version or writes its message; the version's content never changes. */
public interface AnnotateProjectVersionUseCase {

  /** The version with its new notes (without its document). */
  Either<ProjectError, ProjectVersion> annotateVersion(AnnotateProjectVersionCommand command);
}
