package io.dbkeep.adapter.out.sqlimport;

import java.util.List;

/**
 * One statement of a script: its tokens without the closing {@code ;}, and the comments that stand
 * right before it or inside it (SQLite keeps table and column comments only as {@code --} lines).
 * {@code truncated}: the statement had more tokens than the lexer keeps ({@link Lexer#MAX_TOKENS});
 * {@code tokens} holds the first of them.
 */
record Statement(List<Token> tokens, List<Comment> comments, boolean truncated) {

  /** A statement the lexer kept whole. */
  Statement(List<Token> tokens, List<Comment> comments) {
    this(tokens, comments, false);
  }

  /**
   * A {@code --} or block comment: where its text without the markers is ({@code textStart} to
   * {@code textEnd}, not stripped), where it starts.
   */
  record Comment(int textStart, int textEnd, int start, int line) {

    /** Its text without the markers, read from the script it is in. */
    String raw(String script) {
      return script.substring(textStart, textEnd);
    }
  }

  Token first() {
    return tokens.get(0);
  }

  int line() {
    return tokens.get(0).line();
  }
}
