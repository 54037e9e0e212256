package io.dbkeep.application.port.out.project;

import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectId;
import io.vavr.control.Option;

/** Reads stored projects. Must be called inside a {@code UnitOfWork} transaction. */
public interface LoadProjectPort {

  /** The stored project, or none. */
  Option<Project> load(ProjectId id);

  /**
   * The stored project, locked against concurrent writers until the transaction ends, so a
   * read-modify-write inside one transaction cannot lose a concurrent update.
   */
  Option<Project> loadForUpdate(ProjectId id);
}
