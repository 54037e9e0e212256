package io.dbkeep.json;

/**
 * The text is not acceptable JSON: a syntax error, a duplicate member, trailing content, or a value
 * beyond the configured limits (nesting depth, string or number length).
 */
public class MalformedJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long line;
  private final long column;

  public MalformedJsonException(String message, long line, long column, Throwable cause) {
    super(message, cause);
    this.line = line;
    this.column = column;
  }

  /** The 1-based line of the problem, or -1 when unknown. */
  public long line() {
    return line;
  }

  /** The 1-based column of the problem, or -1 when unknown. */
  public long column() {
    return column;
  }

  /** The message with its location, e.g. "Unexpected end of input (line 3, column 7)". */
  public String describe() {
    return line > 0 ? getMessage() + " (line " + line + ", column " + column + ")" : getMessage();
  }
}
