package io.dbkeep.application.port.out.project;

import io.dbkeep.domain.project.ProjectId;

/** Removes projects. Must be called inside a {@code UnitOfWork} transaction. */
public interface DeleteProjectPort {

  /** Removes the project; returns whether one was removed. */
  boolean delete(ProjectId id);
}
