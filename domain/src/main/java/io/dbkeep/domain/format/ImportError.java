package io.dbkeep.domain.format;

import java.util.Objects;

/**
 * Why a text could not be imported at all: where (1-based line and column) and why. A business
 * outcome, not an exception: surfaces answer 422 (CLI: exit 1) with {@code line:column}.
 *
 * @param code what kind of refusal
 * @param line 1-based line of the offending text
 * @param column 1-based column of the offending text
 * @param message a sentence for people, without the position (surfaces add it)
 */
public record ImportError(Code code, int line, int column, String message) {

  /** The kinds of refusal. */
  public enum Code {
    /** The text does not parse in the format asked for. */
    SYNTAX_ERROR,
    /** The text parses but describes something a document cannot hold (and no warning would do). */
    UNSUPPORTED,
    /** The text, or the document it would make, is over the size limits. */
    TOO_LARGE
  }

  public ImportError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based");
    }
  }

  /** {@code line:column: message}, as the CLI prints it. */
  public String located() {
    return line + ":" + column + ": " + message;
  }
}
