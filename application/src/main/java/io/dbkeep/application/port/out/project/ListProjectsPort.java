package io.dbkeep.application.port.out.project;

import io.dbkeep.domain.project.ProjectSummary;
import io.dbkeep.domain.user.UserId;
import java.util.List;

/** Lists projects without reading their documents. Must be called inside a transaction. */
public interface ListProjectsPort {

  /** The projects owned by {@code user}, newest {@code updatedAt} first (ties by id). */
  List<ProjectSummary> listOwnedBy(UserId user);
}
