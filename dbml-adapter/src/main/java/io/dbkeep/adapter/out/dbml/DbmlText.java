package io.dbkeep.adapter.out.dbml;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How the writer spells names and strings so that the parser reads back exactly the same text. */
final class DbmlText {

  private static final Pattern BARE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> KEYWORDS =
      Set.of(
          "table",
          "ref",
          "enum",
          "tablegroup",
          "note",
          "project",
          "indexes",
          "as",
          "pk",
          "null",
          "not",
          "unique",
          "increment",
          "default",
          "true",
          "false",
          "primary",
          "key",
          "headercolor",
          "color",
          "delete",
          "update",
          "name",
          "type",
          "records",
          "tablepartial");

  private DbmlText() {}

  /** A name bare when it is a plain ASCII word and no keyword, else in double quotes. */
  static String name(String name) {
    if (BARE.matcher(name).matches() && !KEYWORDS.contains(name.toLowerCase(Locale.ROOT))) {
      return name;
    }
    return quotedName(name);
  }

  static String quotedName(String name) {
    return "\"" + escape(name, '"') + "\"";
  }

  /**
   * A string: {@code '…'} with escapes, or {@code '''…'''} for text of several lines (which the
   * parser keeps verbatim apart from escapes).
   */
  static String string(String text) {
    if (text.indexOf('\n') > 0 && text.indexOf('\r') < 0) {
      return "'''" + text.replace("\\", "\\\\").replace("'", "\\'") + "'''";
    }
    return "'" + escape(text, '\'') + "'";
  }

  /** A backtick expression; backticks inside are escaped. */
  static String expression(String sql) {
    return "`" + sql.replace("`", "\\`") + "`";
  }

  private static String escape(String text, char quote) {
    var out = new StringBuilder(text.length() + 2);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c == quote) {
            out.append('\\');
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}
