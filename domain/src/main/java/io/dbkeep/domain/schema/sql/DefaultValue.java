package io.dbkeep.domain.schema.sql;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A column's DEFAULT, understood: DBKeep never pastes the user's text into DDL. The text must be
 * one SQL expression of a kind every engine can be given safely — NULL, TRUE/FALSE, a number, a
 * string literal (optionally with a PostgreSQL {@code ::type} cast), or one of the well-known
 * functions (current timestamp, date or time, a random UUID) — and each dialect writes it in its
 * own syntax.
 *
 * @param kind what it is
 * @param text the string literal's value, or the number as written
 * @param number the number's value (only for {@link Kind#NUMBER})
 */
record DefaultValue(Kind kind, String text, BigDecimal number) {

  enum Kind {
    NULL,
    TRUE,
    FALSE,
    NUMBER,
    TEXT,
    CURRENT_TIMESTAMP,
    CURRENT_DATE,
    CURRENT_TIME,
    RANDOM_UUID
  }

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final Pattern CAST =
      Pattern.compile("::\\s*[A-Za-z_][A-Za-z0-9_ ]*(\\([0-9, ]*\\))?(\\[\\])?");

  private static final Map<String, Kind> FUNCTIONS =
      Map.ofEntries(
          Map.entry("now()", Kind.CURRENT_TIMESTAMP),
          Map.entry("current_timestamp", Kind.CURRENT_TIMESTAMP),
          Map.entry("current_timestamp()", Kind.CURRENT_TIMESTAMP),
          Map.entry("localtimestamp", Kind.CURRENT_TIMESTAMP),
          Map.entry("localtimestamp()", Kind.CURRENT_TIMESTAMP),
          Map.entry("transaction_timestamp()", Kind.CURRENT_TIMESTAMP),
          Map.entry("datetime('now')", Kind.CURRENT_TIMESTAMP),
          Map.entry("current_date", Kind.CURRENT_DATE),
          Map.entry("current_date()", Kind.CURRENT_DATE),
          Map.entry("curdate()", Kind.CURRENT_DATE),
          Map.entry("date('now')", Kind.CURRENT_DATE),
          Map.entry("current_time", Kind.CURRENT_TIME),
          Map.entry("current_time()", Kind.CURRENT_TIME),
          Map.entry("curtime()", Kind.CURRENT_TIME),
          Map.entry("localtime", Kind.CURRENT_TIME),
          Map.entry("localtime()", Kind.CURRENT_TIME),
          Map.entry("time('now')", Kind.CURRENT_TIME),
          Map.entry("gen_random_uuid()", Kind.RANDOM_UUID),
          Map.entry("uuid()", Kind.RANDOM_UUID),
          Map.entry("uuid_generate_v4()", Kind.RANDOM_UUID));

  static DefaultValue of(Kind kind) {
    return new DefaultValue(kind, "", null);
  }

  /**
   * Reads a DEFAULT as written in a document. Refusals: {@code INVALID_DEFAULT} when the text is
   * not a single SQL expression (unbalanced quotes or parentheses, {@code ;}, comment tokens
   * outside literals); {@code DEFAULT_NOT_SUPPORTED} when it is one, but not of a kind DBKeep can
   * write safely for every engine.
   */
  static Either<Refusal, DefaultValue> parse(String raw) {
    var structure = checkSingleExpression(raw);
    if (structure != null) {
      return Either.left(new Refusal("INVALID_DEFAULT", structure));
    }
    var text = stripParentheses(raw.strip());
    var lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("null")) {
      return Either.right(of(Kind.NULL));
    }
    if (lower.equals("true")) {
      return Either.right(of(Kind.TRUE));
    }
    if (lower.equals("false")) {
      return Either.right(of(Kind.FALSE));
    }
    if (NUMBER.matcher(text).matches()) {
      var number = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
      return Either.right(new DefaultValue(Kind.NUMBER, text, number));
    }
    if (text.startsWith("'")) {
      var end = closingQuote(text);
      var rest = text.substring(end + 1).strip();
      if (rest.isEmpty() || CAST.matcher(rest).matches()) {
        return Either.right(
            new DefaultValue(Kind.TEXT, text.substring(1, end).replace("''", "'"), null));
      }
    }
    var function = FUNCTIONS.get(BLANKS.matcher(lower).replaceAll(""));
    if (function != null) {
      return Either.right(of(function));
    }
    return Either.left(
        new Refusal(
            "DEFAULT_NOT_SUPPORTED",
            "DEFAULT "
                + raw.strip()
                + " is not supported: use NULL, TRUE, FALSE, a number, a quoted string such as"
                + " 'text', or one of now(), CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_TIME,"
                + " gen_random_uuid()"));
  }

  /** A message when {@code raw} is not one balanced expression; null when it is. */
  private static String checkSingleExpression(String raw) {
    var depth = 0;
    for (int i = 0; i < raw.length(); i++) {
      var c = raw.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        var end = raw.indexOf(c, i + 1);
        while (end >= 0 && end + 1 < raw.length() && raw.charAt(end + 1) == c) {
          end = raw.indexOf(c, end + 2);
        }
        if (end < 0) {
          return "DEFAULT has an unterminated " + (c == '\'' ? "string literal" : "quoted name");
        }
        i = end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (--depth < 0) {
          return "DEFAULT has a ')' without its '('";
        }
      } else if (c == ';') {
        return "DEFAULT must be a single expression, without ';'";
      } else if ((c == '-' && i + 1 < raw.length() && raw.charAt(i + 1) == '-')
          || (c == '/' && i + 1 < raw.length() && raw.charAt(i + 1) == '*')
          || c == '#') {
        return "DEFAULT must not contain comments ('--', '/*', '#')";
      } else if (c == '\0') {
        return "DEFAULT must not contain the NUL character";
      }
    }
    return depth == 0 ? null : "DEFAULT has a '(' without its ')'";
  }

  private static int closingQuote(String text) {
    var i = 1;
    while (true) {
      var end = text.indexOf('\'', i);
      if (end + 1 < text.length() && text.charAt(end + 1) == '\'') {
        i = end + 2;
      } else {
        return end;
      }
    }
  }

  private static String stripParentheses(String text) {
    var current = text;
    while (current.startsWith("(") && current.endsWith(")") && wraps(current)) {
      current = current.substring(1, current.length() - 1).strip();
    }
    return current;
  }

  /** Whether the first '(' closes at the very end. */
  private static boolean wraps(String text) {
    var depth = 0;
    for (int i = 0; i < text.length(); i++) {
      var c = text.charAt(i);
      if (c == '\'') {
        i = closingQuote(text.substring(i)) + i;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i == text.length() - 1;
      }
    }
    return false;
  }
}
