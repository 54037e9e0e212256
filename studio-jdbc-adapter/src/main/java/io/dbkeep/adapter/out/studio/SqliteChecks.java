package io.dbkeep.adapter.out.studio;

import io.dbkeep.domain.studio.CheckInfo;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * The CHECK constraints of a SQLite table, read from its {@code CREATE TABLE} text in {@code
 * sqlite_schema} (SQLite keeps no other record of them): {@code CHECK (…)} and {@code CONSTRAINT
 * name CHECK (…)}, column- and table-level, in the order written. A scanner, not a pattern: string
 * literals ({@code 'it''s'}), quoted names ({@code "…"}, {@code `…`}, {@code […]}), comments
 * ({@code -- …}, {@code /* … *}{@code /}) and nested parentheses are read whole, so a {@code )} or
 * the word CHECK inside any of them neither ends nor starts a check. Only the column list's own
 * level counts: a CHECK inside a default's or a generated column's parentheses is no constraint.
 * Linear in the text's length; text it cannot make sense of (unbalanced) gives the checks found
 * before it.
 */
final class SqliteChecks {

  private enum Kind {
    WORD,
    NAME,
    STRING,
    OPEN,
    CLOSE,
    OTHER
  }

  private record Token(Kind kind, String text, int start, int end) {
    boolean isWord(String word) {
      return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }
  }

  private SqliteChecks() {}

  /** The checks of {@code createTable}, the condition being the text inside CHECK's parentheses. */
  static List<CheckInfo> read(String createTable) {
    var checks = new ArrayList<CheckInfo>();
    if (createTable == null) {
      return checks;
    }
    var tokens = tokens(createTable);
    var i = 0;
    while (i < tokens.size() && tokens.get(i).kind != Kind.OPEN) {
      i++;
    }
    var depth = 0;
    Option<String> pendingName = Option.none();
    var pendingAt = -1;
    for (; i < tokens.size(); i++) {
      var token = tokens.get(i);
      if (token.kind == Kind.OPEN) {
        depth++;
        continue;
      }
      if (token.kind == Kind.CLOSE) {
        if (--depth == 0) {
          break; // the end of the column list: WITHOUT ROWID, STRICT follow
        }
        continue;
      }
      if (depth != 1) {
        continue;
      }
      if (token.isWord("CONSTRAINT") && i + 1 < tokens.size()) {
        var name = tokens.get(i + 1);
        if (name.kind == Kind.WORD || name.kind == Kind.NAME || name.kind == Kind.STRING) {
          pendingName = Option.of(name.text);
          pendingAt = i + 2;
          i++;
          continue;
        }
      }
      if (token.isWord("CHECK") && i + 1 < tokens.size() && tokens.get(i + 1).kind == Kind.OPEN) {
        var close = closing(tokens, i + 1);
        if (close < 0) {
          break;
        }
        var condition =
            createTable.substring(tokens.get(i + 1).end, tokens.get(close).start).strip();
        var name = pendingAt == i ? pendingName : Option.<String>none();
        checks.add(new CheckInfo(name, condition, true));
        i = close;
        continue;
      }
    }
    return checks;
  }

  /** The index of the token closing the parenthesis at {@code open}, or -1. */
  private static int closing(List<Token> tokens, int open) {
    var depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      if (tokens.get(i).kind == Kind.OPEN) {
        depth++;
      } else if (tokens.get(i).kind == Kind.CLOSE && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The tokens of {@code sql}; comments and blanks are skipped, names and strings unquoted. */
  private static List<Token> tokens(String sql) {
    var tokens = new ArrayList<Token>();
    var n = sql.length();
    var i = 0;
    while (i < n) {
      var c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        var end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        var end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '\'' || c == '"' || c == '`') {
        var text = new StringBuilder();
        var j = i + 1;
        while (j < n) {
          var d = sql.charAt(j);
          if (d == c) {
            if (j + 1 < n && sql.charAt(j + 1) == c) {
              text.append(c);
              j += 2;
              continue;
            }
            break;
          }
          text.append(d);
          j++;
        }
        var end = Math.min(j + 1, n);
        tokens.add(new Token(c == '\'' ? Kind.STRING : Kind.NAME, text.toString(), i, end));
        i = end;
      } else if (c == '[') {
        var end = sql.indexOf(']', i + 1);
        end = end < 0 ? n : end;
        tokens.add(new Token(Kind.NAME, sql.substring(i + 1, end), i, Math.min(end + 1, n)));
        i = Math.min(end + 1, n);
      } else if (c == '(') {
        tokens.add(new Token(Kind.OPEN, "(", i, i + 1));
        i++;
      } else if (c == ')') {
        tokens.add(new Token(Kind.CLOSE, ")", i, i + 1));
        i++;
      } else if (isWordChar(c)) {
        var j = i;
        while (j < n && isWordChar(sql.charAt(j))) {
          j++;
        }
        tokens.add(new Token(Kind.WORD, sql.substring(i, j), i, j));
        i = j;
      } else {
        tokens.add(new Token(Kind.OTHER, String.valueOf(c), i, i + 1));
        i++;
      }
    }
    return tokens;
  }

  private static boolean isWordChar(char c) {
    return c == '_' || c == '$' || c > 127 || Character.isLetterOrDigit(c);
  }
}
