package io.dbkeep.domain.project;

import io.dbkeep.domain.problem.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A project as stored by a create, update or import, with every problem its document has for the
 * project's engine: a save stores a well-formed document even when it has errors (never lose work);
 * only making it real (SQL export, migrations) refuses them.
 */
public record SavedProject(Project project, List<Problem> problems) {

  public SavedProject {
    Objects.requireNonNull(project, "project");
    problems = List.copyOf(problems);
  }

  /** The problems that are warnings. */
  public List<Problem> warnings() {
    return problems.stream().filter(problem -> !problem.isError()).toList();
  }
}
