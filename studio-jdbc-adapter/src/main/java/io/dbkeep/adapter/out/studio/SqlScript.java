package io.dbkeep.adapter.out.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQL text split into statements at top-level semicolons. Quotes, quoted identifiers, comments and
 * (PostgreSQL) dollar-quoted bodies are skipped, so a {@code ;} inside them does not split.
 */
final class SqlScript {

  /** The lexical rules that differ between engines. */
  enum Flavor {
    /** {@code $tag$…$tag$} bodies, {@code E'…'} strings with backslash escapes. */
    POSTGRESQL,
    /** Backslash escapes in strings, backquoted identifiers, {@code #} comments. */
    MYSQL,
    /** Backquoted and bracketed identifiers, {@code BEGIN … END} trigger bodies. */
    SQLITE
  }

  /** One statement: its text, where it starts in the script, and the lexical rules it follows. */
  record Statement(String text, int offset, Flavor flavor) {

    /** The first keyword, upper case (empty when none). */
    String keyword() {
      var matcher =
          java.util.regex.Pattern.compile("^[A-Za-z_]+")
              .matcher(withoutLeadingComments(text, flavor));
      return matcher.find() ? matcher.group().toUpperCase(Locale.ROOT) : "";
    }
  }

  private SqlScript() {}

  /** The statements of {@code script}, without empty ones (trailing {@code ;} removed). */
  static List<Statement> split(String script, Flavor flavor) {
    var statements = new ArrayList<Statement>();
    int start = 0;
    int i = 0;
    int length = script.length();
    int beginDepth = 0;
    while (i < length) {
      char c = script.charAt(i);
      char next = i + 1 < length ? script.charAt(i + 1) : '\0';
      if (c == '-' && next == '-' || (c == '#' && flavor == Flavor.MYSQL)) {
        i = endOfLine(script, i);
      } else if (c == '/' && next == '*') {
        i = endOfBlockComment(script, i, flavor);
      } else if (c == '\'') {
        boolean backslashes = flavor == Flavor.MYSQL || escapeString(script, i, flavor);
        i = endOfQuoted(script, i, '\'', backslashes);
      } else if (c == '"') {
        i = endOfQuoted(script, i, '"', flavor == Flavor.MYSQL);
      } else if (c == '`' && flavor != Flavor.POSTGRESQL) {
        i = endOfQuoted(script, i, '`', false);
      } else if (c == '[' && flavor == Flavor.SQLITE) {
        var end = script.indexOf(']', i + 1);
        i = end < 0 ? length : end + 1;
      } else if (c == '$' && flavor == Flavor.POSTGRESQL && dollarTag(script, i) != null) {
        var tag = dollarTag(script, i);
        var end = script.indexOf(tag, i + tag.length());
        i = end < 0 ? length : end + tag.length();
      } else if (flavor == Flavor.SQLITE && Character.isLetter(c) && wordStart(script, i)) {
        var word = word(script, i);
        var upper = word.toUpperCase(Locale.ROOT);
        if (upper.equals("BEGIN") && isTriggerBody(script, start, i)) {
          beginDepth++;
        } else if (upper.equals("END") && beginDepth > 0) {
          beginDepth--;
        }
        i += word.length();
      } else if (c == ';' && beginDepth == 0) {
        add(statements, script, start, i, flavor);
        start = i + 1;
        i++;
      } else {
        i++;
      }
    }
    add(statements, script, start, length, flavor);
    return statements;
  }

  private static boolean isTriggerBody(String script, int start, int at) {
    var before = script.substring(start, at).toUpperCase(Locale.ROOT);
    return before.contains("TRIGGER");
  }

  private static boolean wordStart(String script, int i) {
    return i == 0
        || !(Character.isLetterOrDigit(script.charAt(i - 1)) || script.charAt(i - 1) == '_');
  }

  private static String word(String script, int i) {
    int end = i;
    while (end < script.length()
        && (Character.isLetterOrDigit(script.charAt(end)) || script.charAt(end) == '_')) {
      end++;
    }
    return script.substring(i, end);
  }

  private static void add(
      List<Statement> statements, String script, int start, int end, Flavor flavor) {
    var text = script.substring(start, end);
    if (withoutLeadingComments(text, flavor).isBlank()) {
      return;
    }
    int lead = 0;
    while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
      lead++;
    }
    statements.add(new Statement(text.substring(lead).stripTrailing(), start + lead, flavor));
  }

  /** The text without comments before its first token. */
  static String withoutLeadingComments(String text, Flavor flavor) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (text.startsWith("--", i) || (c == '#' && flavor == Flavor.MYSQL)) {
        i = endOfLine(text, i);
      } else if (text.startsWith("/*", i)) {
        i = endOfBlockComment(text, i, flavor);
      } else {
        break;
      }
    }
    return text.substring(i);
  }

  /**
   * Whether {@code text} holds a MySQL executable comment ({@code /*! … *}{@code /} or {@code /*M!
   * … *}{@code /}), whose content the server runs as SQL although it looks like a comment.
   */
  static boolean hasExecutableComment(String text) {
    return text.contains("/*!") || text.contains("/*M!") || text.contains("/*m!");
  }

  /**
   * The end of the block comment starting at {@code i}. PostgreSQL nests block comments ({@code /*
   * /* *}{@code / still a comment *}{@code /}); MySQL and SQLite end at the first {@code *}{@code
   * /}.
   */
  private static int endOfBlockComment(String text, int i, Flavor flavor) {
    if (flavor != Flavor.POSTGRESQL) {
      var end = text.indexOf("*/", i + 2);
      return end < 0 ? text.length() : end + 2;
    }
    int depth = 1;
    int j = i + 2;
    while (j < text.length()) {
      if (text.startsWith("/*", j)) {
        depth++;
        j += 2;
      } else if (text.startsWith("*/", j)) {
        depth--;
        j += 2;
        if (depth == 0) {
          return j;
        }
      } else {
        j++;
      }
    }
    return text.length();
  }

  /**
   * Whether the quote at {@code i} opens a PostgreSQL escape string: {@code E'…'} where the {@code
   * E} is a token of its own (not the end of a word such as {@code name'…'}, a typed literal).
   */
  private static boolean escapeString(String text, int i, Flavor flavor) {
    if (flavor != Flavor.POSTGRESQL || i == 0) {
      return false;
    }
    char before = text.charAt(i - 1);
    if (before != 'E' && before != 'e') {
      return false;
    }
    return i == 1 || !identifierPart(text.charAt(i - 2));
  }

  private static boolean identifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private static int endOfLine(String text, int i) {
    var end = text.indexOf('\n', i);
    return end < 0 ? text.length() : end + 1;
  }

  private static int endOfQuoted(String text, int i, char quote, boolean backslashes) {
    int j = i + 1;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (backslashes && c == '\\') {
        j += 2;
      } else if (c == quote) {
        if (j + 1 < text.length() && text.charAt(j + 1) == quote) {
          j += 2;
        } else {
          return j + 1;
        }
      } else {
        j++;
      }
    }
    return text.length();
  }

  /** The dollar-quote tag starting at {@code i} ({@code $$} or {@code $name$}), or null. */
  private static String dollarTag(String text, int i) {
    if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_')) {
      return null;
    }
    int j = i + 1;
    while (j < text.length()
        && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
      if (j == i + 1 && Character.isDigit(text.charAt(j))) {
        return null;
      }
      j++;
    }
    return j < text.length() && text.charAt(j) == '$' ? text.substring(i, j + 1) : null;
  }
}
