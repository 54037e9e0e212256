package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.problem.Problem;
import java.util.List;
import java.util.Objects;

/**
 * Why no migration was planned: {@code ENGINE_CHANGED} (a migration stays on one engine), or {@code
 * FROM_INVALID} / {@code TO_INVALID} with the document's errors for the engine.
 *
 * @param code a stable code
 * @param message a sentence naming what is wrong
 * @param problems the invalid document's problems (paths relative to that document)
 */
public record MigrationRefusal(String code, String message, List<Problem> problems) {

  public MigrationRefusal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    problems = List.copyOf(problems);
  }
}
