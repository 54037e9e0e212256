package io.dbkeep.domain.studio;

/**
 * Where in the submitted SQL text an error is: a 0-based character offset and the 1-based line and
 * column it falls on.
 */
public record SqlPosition(int offset, int line, int column) {

  /** The position of {@code offset} in {@code text}. */
  public static SqlPosition of(String text, int offset) {
    var bounded = Math.max(0, Math.min(offset, text.length()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bounded; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SqlPosition(bounded, line, bounded - lineStart + 1);
  }
}
