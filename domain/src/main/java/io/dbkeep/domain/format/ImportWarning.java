package io.dbkeep.domain.format;

import java.util.Objects;

/**
 * Something in the imported text that the document does not keep (a statement it does not model, a
 * setting it ignores), so that nothing is dropped silently.
 *
 * @param line the 1-based line where the ignored part starts
 * @param code a stable UPPER_SNAKE_CASE code, e.g. {@code STATEMENT_IGNORED}
 * @param message a sentence naming what was not kept
 */
public record ImportWarning(int line, String code, String message) {

  public ImportWarning {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more");
    }
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
