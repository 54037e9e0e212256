package io.dbkeep.domain.schema.check;

/**
 * Why a CHECK expression is refused, and where: {@code at} is the 1-based character column in the
 * expression's text (0 when the problem is about the whole text).
 */
public record CheckProblem(int at, String message) {

  /** The message with its column, e.g. {@code "at column 7: unknown column \"x\""}. */
  public String describe() {
    return at > 0 ? "at column " + at + ": " + message : message;
  }
}
