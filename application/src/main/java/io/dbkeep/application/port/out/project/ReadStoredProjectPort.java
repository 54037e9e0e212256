package io.dbkeep.application.port.out.project;

import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.StoredProject;
import io.vavr.control.Option;

/**
 * Reads a stored project without parsing its document: the hot path of opening a project. Must be
 * called inside a {@code UnitOfWork} transaction.
 */
public interface ReadStoredProjectPort {

  /**
   * The stored project; with {@code withDocument} its document as the stored JSON text, else only
   * its small fields (the document is not read at all).
   */
  Option<StoredProject> readStored(ProjectId id, boolean withDocument);
}
