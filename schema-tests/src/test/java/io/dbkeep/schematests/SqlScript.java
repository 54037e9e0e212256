package io.dbkeep.schematests;

import java.util.ArrayList;
import java.util.List;

/** Splits a DDL script into statements, respecting quotes and comments. */
final class SqlScript {

  private SqlScript() {}

  /**
   * The statements of {@code script}, without their {@code ;}.
   *
   * @param backslashEscapes whether a backslash escapes the next character in string literals
   *     (MySQL)
   */
  static List<String> statements(String script, boolean backslashEscapes) {
    var statements = new ArrayList<String>();
    var current = new StringBuilder();
    var i = 0;
    while (i < script.length()) {
      var c = script.charAt(i);
      if (c == '-' && script.startsWith("--", i)) {
        var end = script.indexOf('\n', i);
        i = end < 0 ? script.length() : end + 1;
        current.append('\n');
        continue;
      }
      if (c == '/' && script.startsWith("/*", i)) {
        var end = script.indexOf("*/", i + 2);
        i = end < 0 ? script.length() : end + 2;
        current.append(' ');
        continue;
      }
      if (c == '\'' || c == '"' || c == '`') {
        var start = i++;
        while (i < script.length()) {
          var d = script.charAt(i);
          if (backslashEscapes && c == '\'' && d == '\\') {
            i += 2;
            continue;
          }
          if (d == c) {
            if (i + 1 < script.length() && script.charAt(i + 1) == c) {
              i += 2;
              continue;
            }
            break;
          }
          i++;
        }
        current.append(script, start, Math.min(i + 1, script.length()));
        i++;
        continue;
      }
      if (c == ';') {
        add(statements, current);
        current.setLength(0);
        i++;
        continue;
      }
      current.append(c);
      i++;
    }
    add(statements, current);
    return statements;
  }

  private static void add(List<String> statements, StringBuilder statement) {
    var text = statement.toString().strip();
    if (!text.isEmpty()) {
      statements.add(text);
    }
  }
}
