package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.project.ProjectSummary;
import io.dbkeep.domain.user.UserId;
import java.util.List;

/** Lists the caller's projects, newest {@code updatedAt} first, without their documents. */
public interface ListProjectsQuery {

  List<ProjectSummary> listProjects(UserId caller);
}
