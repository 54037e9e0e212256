package io.dbkeep.application.port.out.project;

import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectVersion;
import io.dbkeep.domain.project.VersionNotes;
import io.vavr.control.Option;

/**
 * Changes the notes (label, message) of a recorded version: the only part of a version that ever
 * changes. Must be called inside a {@code UnitOfWork} transaction.
 */
public interface AnnotateProjectVersionPort {

  /** Replaces the version's notes; returns it (without its document), or none when absent. */
  Option<ProjectVersion> annotateVersion(ProjectId id, long number, VersionNotes notes);
}
