package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.adapter.out.sqlimport.Draft.TableDraft;
import io.vavr.control.Option;
import java.util.ArrayList;

/**
 * SQLite has no COMMENT: DBKeep writes a table's comment as {@code --} lines right above its CREATE
 * TABLE and a column's right above the column. This reads them back from the comments the lexer
 * kept with the statement.
 */
final class SqliteComments {

  private SqliteComments() {}

  static void attach(Statement statement, TableDraft table, String text) {
    var start = statement.first().start();
    var above = new ArrayList<String>();
    var expected = statement.first().line() - 1;
    var comments = statement.comments();
    for (int i = comments.size() - 1; i >= 0; i--) {
      var comment = comments.get(i);
      if (comment.start() >= start) {
        continue;
      }
      if (comment.line() != expected || !isLineComment(text, comment.start())) {
        break;
      }
      above.add(0, lineText(comment, text));
      expected--;
    }
    if (!above.isEmpty()) {
      table.comment = Option.of(String.join("\n", above));
    }
    var previous = start;
    for (var column : table.columns) {
      var lines = new ArrayList<String>();
      for (var comment : comments) {
        if (comment.start() > previous
            && comment.start() < column.offset
            && isLineComment(text, comment.start())) {
          lines.add(lineText(comment, text));
        }
      }
      if (!lines.isEmpty() && column.comment.isEmpty()) {
        column.comment = Option.of(String.join("\n", lines));
      }
      previous = column.offset;
    }
  }

  private static boolean isLineComment(String text, int offset) {
    return text.startsWith("--", offset);
  }

  /** The text after {@code --} and the one blank DBKeep writes after it. */
  private static String lineText(Statement.Comment comment, String text) {
    var raw = comment.raw(text);
    return raw.startsWith(" ") ? raw.substring(1) : raw;
  }
}
