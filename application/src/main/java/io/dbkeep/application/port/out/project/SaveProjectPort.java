package io.dbkeep.application.port.out.project;

import io.dbkeep.domain.project.Project;

/** Stores projects. Must be called inside a {@code UnitOfWork} transaction. */
public interface SaveProjectPort {

  /**
   * Stores a new project (its version must be 0) and returns it as stored, at version 1.
   *
   * @throws IllegalArgumentException when a project with the same id exists
   */
  Project insert(Project project);

  /**
   * Stores a new revision of an existing project and returns it with the next version. The
   * project's version must be the stored one.
   *
   * @throws io.dbkeep.application.failure.ConcurrentUpdateException when the stored version differs
   *     or the project is gone
   */
  Project update(Project project);
}
