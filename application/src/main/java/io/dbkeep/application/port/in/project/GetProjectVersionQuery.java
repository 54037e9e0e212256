package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectVersion;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;

/** One version of a project with its document as stored. */
public interface GetProjectVersionQuery {

  Either<ProjectError, ProjectVersion> getVersion(UserId caller, ProjectId id, long number);
}
