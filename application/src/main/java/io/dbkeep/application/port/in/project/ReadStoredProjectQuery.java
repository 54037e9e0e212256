package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.StoredProject;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;

/**
 * Reads one project as stored, its document as JSON text that is passed through unparsed (or not
 * read at all when {@code withDocument} is false, e.g. to answer {@code If-None-Match}). A project
 * the caller may not see answers {@code PROJECT_NOT_FOUND}, exactly like a missing one.
 */
public interface ReadStoredProjectQuery {

  Either<ProjectError, StoredProject> readStored(UserId caller, ProjectId id, boolean withDocument);
}
