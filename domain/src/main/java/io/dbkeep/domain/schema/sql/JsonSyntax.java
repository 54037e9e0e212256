package io.dbkeep.domain.schema.sql;

/** Whether a text is one well-formed JSON value (RFC 8259), for JSON column defaults. */
final class JsonSyntax {

  private static final int MAX_DEPTH = 64;

  private final String text;
  private int at;

  private JsonSyntax(String text) {
    this.text = text;
  }

  static boolean isValid(String text) {
    var parser = new JsonSyntax(text);
    try {
      parser.value(0);
      parser.blanks();
      return parser.at == text.length();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void value(int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("too deep");
    }
    blanks();
    var c = peek();
    switch (c) {
      case '{' -> {
        at++;
        blanks();
        if (peek() == '}') {
          at++;
          return;
        }
        do {
          blanks();
          string();
          blanks();
          expect(':');
          value(depth + 1);
          blanks();
        } while (accept(','));
        expect('}');
      }
      case '[' -> {
        at++;
        blanks();
        if (peek() == ']') {
          at++;
          return;
        }
        do {
          value(depth + 1);
          blanks();
        } while (accept(','));
        expect(']');
      }
      case '"' -> string();
      case 't' -> word("true");
      case 'f' -> word("false");
      case 'n' -> word("null");
      default -> number();
    }
  }

  private void string() {
    expect('"');
    while (true) {
      var c = next();
      if (c == '"') {
        return;
      }
      if (c < 0x20) {
        throw new IllegalArgumentException("control character");
      }
      if (c == '\\') {
        var escape = next();
        if (escape == 'u') {
          for (int i = 0; i < 4; i++) {
            if (Character.digit(next(), 16) < 0) {
              throw new IllegalArgumentException("bad escape");
            }
          }
        } else if ("\"\\/bfnrt".indexOf(escape) < 0) {
          throw new IllegalArgumentException("bad escape");
        }
      }
    }
  }

  private void number() {
    var start = at;
    accept('-');
    if (!accept('0')) {
      digits();
    }
    if (accept('.')) {
      digits();
    }
    if (accept('e') || accept('E')) {
      if (!accept('+')) {
        accept('-');
      }
      digits();
    }
    if (at == start) {
      throw new IllegalArgumentException("not a value");
    }
  }

  private void digits() {
    var start = at;
    while (at < text.length() && Character.isDigit(text.charAt(at)) && text.charAt(at) < 128) {
      at++;
    }
    if (at == start) {
      throw new IllegalArgumentException("digits expected");
    }
  }

  private void word(String word) {
    if (!text.startsWith(word, at)) {
      throw new IllegalArgumentException("not a value");
    }
    at += word.length();
  }

  private void blanks() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private char peek() {
    if (at >= text.length()) {
      throw new IllegalArgumentException("end of input");
    }
    return text.charAt(at);
  }

  private char next() {
    var c = peek();
    at++;
    return c;
  }

  private boolean accept(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!accept(c)) {
      throw new IllegalArgumentException("expected " + c);
    }
  }
}
