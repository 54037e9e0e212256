package io.dbkeep.domain.schema;

import io.dbkeep.domain.problem.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What reading JSON produced: a value (best effort when there are errors, with defaults where the
 * input was unusable) and every problem met on the way, each with its path.
 *
 * @param value the value read; meaningful for further checks, but only trustworthy without errors
 * @param problems the problems found while reading, in document order
 */
public record Decoded<T>(T value, List<Problem> problems) {

  public Decoded {
    Objects.requireNonNull(value, "value");
    problems = List.copyOf(problems);
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
