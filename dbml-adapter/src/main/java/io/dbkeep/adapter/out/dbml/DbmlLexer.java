package io.dbkeep.adapter.out.dbml;

/**
 * Splits DBML into tokens, one at a time as the parser asks, with their 1-based line and column.
 * One pass, no backtracking, no recursion: linear in the text's length. Comments ({@code //} to the
 * end of the line and {@code /* … *\/}) are skipped; an unterminated string or comment is a {@link
 * DbmlSyntaxException} at the place it starts.
 */
final class DbmlLexer {

  /** The kinds of token. */
  enum Kind {
    /** A bare word: letters, digits, underscores. */
    WORD,
    /** A double-quoted name, unescaped. */
    QUOTED,
    /** A single-quoted or triple-quoted string, unescaped. */
    STRING,
    /** A backtick expression, verbatim. */
    EXPRESSION,
    /** A number, as written (no sign). */
    NUMBER,
    /** A {@code #rrggbb} colour, with its hash. */
    COLOR,
    /** Punctuation and relation operators: {@code { } [ ] ( ) : , . < > - <> ~}. */
    SYMBOL,
    END
  }

  /** One token. {@code text} is the unescaped value for strings and names. */
  record Token(Kind kind, String text, int line, int column) {

    boolean is(String symbol) {
      return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isWord(String word) {
      return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    /** A name: a bare word or a double-quoted name. */
    boolean isName() {
      return kind == Kind.WORD || kind == Kind.QUOTED;
    }
  }

  private static final java.util.regex.Pattern NUMBER_FORMAT =
      java.util.regex.Pattern.compile("\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
  private static final java.util.regex.Pattern WORD_WITH_DIGITS =
      java.util.regex.Pattern.compile("\\d+[A-Za-z_]\\w*");

  private final String text;
  private int offset;
  private int line = 1;
  private int column = 1;

  private DbmlLexer(String text) {
    this.text = text;
  }

  static DbmlLexer of(String text) {
    return new DbmlLexer(text);
  }

  /** The next token; {@link Kind#END} at the end, and again on every later call. */
  Token nextToken() {
    skipBlanksAndComments();
    if (offset >= text.length()) {
      return new Token(Kind.END, "end of input", line, column);
    }
    return next();
  }

  private void skipBlanksAndComments() {
    while (offset < text.length()) {
      char c = text.charAt(offset);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        advance();
      } else if (c == '/' && peek(1) == '/') {
        while (offset < text.length() && text.charAt(offset) != '\n') {
          advance();
        }
      } else if (c == '/' && peek(1) == '*') {
        int startLine = line;
        int startColumn = column;
        advance();
        advance();
        while (!(peek(0) == '*' && peek(1) == '/')) {
          if (offset >= text.length()) {
            throw new DbmlSyntaxException(
                startLine, startColumn, "the comment that starts here is never closed with */");
          }
          advance();
        }
        advance();
        advance();
      } else {
        return;
      }
    }
  }

  private Token next() {
    int startLine = line;
    int startColumn = column;
    char c = text.charAt(offset);
    if (c == '\'' && peek(1) == '\'' && peek(2) == '\'') {
      advance();
      advance();
      advance();
      return new Token(Kind.STRING, quoted("'''", startLine, startColumn), startLine, startColumn);
    }
    if (c == '\'' || c == '"') {
      advance();
      var value = quoted(String.valueOf(c), startLine, startColumn);
      return new Token(c == '"' ? Kind.QUOTED : Kind.STRING, value, startLine, startColumn);
    }
    if (c == '`') {
      advance();
      var value = quoted("`", startLine, startColumn);
      return new Token(Kind.EXPRESSION, value, startLine, startColumn);
    }
    if (c == '#') {
      int start = offset;
      advance();
      while (offset < text.length() && isWordChar(text.charAt(offset))) {
        advance();
      }
      return new Token(Kind.COLOR, text.substring(start, offset), startLine, startColumn);
    }
    if (c >= '0' && c <= '9') {
      int start = offset;
      while (offset < text.length() && isNumberChar(text.charAt(offset))) {
        advance();
      }
      var number = text.substring(start, offset);
      if (!isPlainNumber(number) && !NUMBER_FORMAT.matcher(number).matches()) {
        if (WORD_WITH_DIGITS.matcher(number).matches()) {
          return new Token(Kind.WORD, number, startLine, startColumn);
        }
        throw new DbmlSyntaxException(startLine, startColumn, "'" + number + "' is not a number");
      }
      return new Token(Kind.NUMBER, number, startLine, startColumn);
    }
    if (isWordChar(c)) {
      int start = offset;
      while (offset < text.length() && isWordChar(text.charAt(offset))) {
        advance();
      }
      return new Token(Kind.WORD, text.substring(start, offset), startLine, startColumn);
    }
    if (c == '<' && peek(1) == '>') {
      advance();
      advance();
      return new Token(Kind.SYMBOL, "<>", startLine, startColumn);
    }
    if ("{}[]():,.<>-~".indexOf(c) >= 0) {
      advance();
      return new Token(Kind.SYMBOL, String.valueOf(c), startLine, startColumn);
    }
    throw new DbmlSyntaxException(
        startLine, startColumn, "unexpected character '" + printable(c) + "'");
  }

  /** Reads up to the closing {@code quote}, undoing backslash escapes (not in expressions). */
  private String quoted(String quote, int startLine, int startColumn) {
    var value = new StringBuilder();
    boolean raw = quote.equals("`");
    while (true) {
      if (offset >= text.length()) {
        throw new DbmlSyntaxException(
            startLine, startColumn, "the string that starts here is never closed with " + quote);
      }
      char c = text.charAt(offset);
      if (text.startsWith(quote, offset)) {
        for (int i = 0; i < quote.length(); i++) {
          advance();
        }
        return value.toString();
      }
      if (quote.length() == 1 && !raw && c == '\n') {
        throw new DbmlSyntaxException(
            startLine,
            startColumn,
            "the string that starts here runs past the end of its line (use ''' for text of"
                + " several lines)");
      }
      if (c == '\\' && offset + 1 < text.length()) {
        char escaped = text.charAt(offset + 1);
        if (raw) {
          if (escaped == '`') {
            advance();
            advance();
            value.append('`');
            continue;
          }
        } else {
          advance();
          advance();
          switch (escaped) {
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case '\n' -> {} // a line continuation in ''' strings
            default -> value.append(escaped);
          }
          continue;
        }
      }
      value.append(c);
      advance();
    }
  }

  /** Digits only: the common case, checked without a regular expression. */
  private static boolean isPlainNumber(String number) {
    for (int i = 0; i < number.length(); i++) {
      if (number.charAt(i) < '0' || number.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private static boolean isNumberChar(char c) {
    return isWordChar(c) || c == '.';
  }

  private static String printable(char c) {
    return c < ' ' ? String.format("\\u%04x", (int) c) : String.valueOf(c);
  }

  private char peek(int ahead) {
    int at = offset + ahead;
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void advance() {
    if (text.charAt(offset) == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    offset++;
  }
}
