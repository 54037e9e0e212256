package io.dbkeep.domain.project;

import io.vavr.control.Option;

/**
 * Characters a short text people type (a project name, a version's label or message) may not hold:
 * U+0000 and unpaired UTF-16 surrogates, which PostgreSQL cannot store (the first failed the save
 * with a server error, the second was silently stored as {@code ?}), and control characters, which
 * a single line of text has no use for and which reach terminals and logs as they are.
 */
final class TextCharacters {

  private TextCharacters() {}

  /**
   * Why {@code text} cannot be kept, naming the first character refused and its 1-based position,
   * or none. {@code lineBreaks}: tab, line feed and carriage return are allowed.
   */
  static Option<String> refused(String text, boolean lineBreaks) {
    var position = 0;
    for (int i = 0; i < text.length(); ) {
      var codePoint = text.codePointAt(i);
      position++;
      if (Character.isSurrogate(text.charAt(i)) && Character.charCount(codePoint) == 1) {
        return Option.some(
            "an unpaired UTF-16 surrogate (not a Unicode character) at character " + position);
      }
      var allowed = lineBreaks && (codePoint == '\t' || codePoint == '\n' || codePoint == '\r');
      if (Character.getType(codePoint) == Character.CONTROL && !allowed) {
        return Option.some(
            String.format("the control character U+%04X at character %d", codePoint, position));
      }
      i += Character.charCount(codePoint);
    }
    return Option.none();
  }
}
