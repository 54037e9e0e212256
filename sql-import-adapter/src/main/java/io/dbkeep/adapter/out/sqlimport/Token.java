package io.dbkeep.adapter.out.sqlimport;

import java.util.Locale;

/**
 * One lexical token of an SQL text, with where it starts (1-based line and column) and its source
 * span.
 *
 * @param kind what it is
 * @param text the word as written, a quoted name or string literal's value (unquoted, unescaped), a
 *     number as written, or the symbol
 * @param start offset of the token's first character in the text
 * @param end offset just after the token's last character
 */
record Token(Kind kind, String text, int start, int end, int line, int column) {

  enum Kind {
    /** An unquoted word: a keyword or an identifier. */
    WORD,
    /** A quoted identifier ("x", `x`, [x]). */
    QUOTED,
    /** A string literal of any form ('x', E'x', $$x$$, N'x', X'0A'). */
    STRING,
    NUMBER,
    /** Punctuation or an operator: ( ) , ; . :: = and the rest. */
    SYMBOL,
    /** A psql meta-command line such as {@code \restrict …}. */
    META
  }

  /** Whether this is the unquoted word {@code keyword}, case-insensitively. */
  boolean is(String keyword) {
    return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
  }

  boolean isSymbol(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }

  /** A name: a word or a quoted identifier. */
  boolean isName() {
    return kind == Kind.WORD || kind == Kind.QUOTED;
  }

  String upper() {
    return text.toUpperCase(Locale.ROOT);
  }

  /** How the token reads in a message: words and symbols as written, others described. */
  String describe() {
    return switch (kind) {
      case WORD, SYMBOL, NUMBER -> "'" + text + "'";
      case QUOTED -> "the quoted name \"" + text + "\"";
      case STRING -> "a string literal";
      case META -> "a psql command";
    };
  }
}
