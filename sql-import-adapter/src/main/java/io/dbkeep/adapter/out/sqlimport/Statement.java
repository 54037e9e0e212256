package io.dbkeep.adapter.out.sqlimport;

import java.util.List;

/**
 * One statement of a script: its tokens without the closing {@code ;}, and the comments that stand
 * right before it or inside it (SQLite keeps table and column comments only as {@code --} lines).
 */
record Statement(List<Token> tokens, List<Comment> comments) {

  /**
   * A {@code --} or block comment: its text without the markers (not stripped), where it starts.
   */
  record Comment(String raw, int start, int line) {}

  Token first() {
    return tokens.get(0);
  }

  int line() {
    return tokens.get(0).line();
  }
}
