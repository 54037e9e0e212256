package io.dbkeep.domain.project;

import io.dbkeep.domain.problem.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A project as stored by a create, update or import, with the warnings its document raised for the
 * project's engine (errors would have refused the save).
 */
public record SavedProject(Project project, List<Problem> warnings) {

  public SavedProject {
    Objects.requireNonNull(project, "project");
    warnings = List.copyOf(warnings);
  }
}
