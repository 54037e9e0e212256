package io.dbkeep.domain.problem;

import java.util.Objects;

/**
 * One thing wrong with some input, located by a path such as {@code tables[2].columns[0].name}.
 *
 * @param path where the problem is; empty for the input as a whole
 * @param code a stable, machine-readable code in UPPER_SNAKE_CASE
 * @param severity whether the problem blocks the operation
 * @param message a sentence a person can act on
 */
public record Problem(String path, String code, Severity severity, String message) {

  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  public static Problem error(String path, String code, String message) {
    return new Problem(path, code, Severity.ERROR, message);
  }

  public static Problem warning(String path, String code, String message) {
    return new Problem(path, code, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
