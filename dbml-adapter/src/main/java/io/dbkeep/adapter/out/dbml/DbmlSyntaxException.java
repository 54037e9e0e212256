package io.dbkeep.adapter.out.dbml;

/**
 * Thrown inside the DBML parser at the first syntax error; the reader turns it into an {@code
 * ImportError}. Never leaves this package.
 */
final class DbmlSyntaxException extends RuntimeException {

  private final int line;
  private final int column;
  private final boolean tooLarge;

  DbmlSyntaxException(int line, int column, String message) {
    this(line, column, message, false);
  }

  DbmlSyntaxException(int line, int column, String message, boolean tooLarge) {
    super(message, null, false, false);
    this.tooLarge = tooLarge;
    this.line = Math.max(1, line);
    this.column = Math.max(1, column);
  }

  /** Whether the text is over a size limit rather than wrong. */
  boolean tooLarge() {
    return tooLarge;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }
}
