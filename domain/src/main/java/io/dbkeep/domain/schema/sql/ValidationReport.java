package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.problem.Problem;
import java.util.List;

/**
 * The outcome of validating a document for an engine: every problem found, errors and warnings, in
 * document order. A document is valid when there are no errors; then {@link DdlExporter} exports
 * DDL that executes on the engine.
 */
public record ValidationReport(List<Problem> problems) {

  public ValidationReport {
    problems = List.copyOf(problems);
  }

  /** True when no problem is an error (warnings allowed). */
  public boolean isValid() {
    return problems.stream().noneMatch(Problem::isError);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(problem -> !problem.isError()).toList();
  }
}
