package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.domain.schema.ColumnType;
import io.vavr.control.Option;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one SQL expression (a DEFAULT, a generated column's formula) without understanding it —
 * literals, calls, casts, parentheses and binary operators — and turns the DEFAULTs a document can
 * hold into its spelling.
 */
final class Expressions {

  /** An expression's tokens, as a slice of the statement. */
  record Expression(List<Token> tokens, String source) {}

  private static final Set<String> OPERATORS =
      Set.of(
          "||", "+", "-", "*", "/", "%", "=", "<", ">", "<=", ">=", "<>", "!=", "->", "->>", "@>",
          "<@", "&", "|", "^");

  private static final Set<String> TYPE_WORDS =
      Set.of("VARYING", "PRECISION", "WITH", "WITHOUT", "TIME", "ZONE");

  private static final Map<String, String> CLOCKS =
      Map.ofEntries(
          Map.entry("now()", "CURRENT_TIMESTAMP"),
          Map.entry("current_timestamp", "CURRENT_TIMESTAMP"),
          Map.entry("localtimestamp", "CURRENT_TIMESTAMP"),
          Map.entry("transaction_timestamp()", "CURRENT_TIMESTAMP"),
          Map.entry("datetime('now')", "CURRENT_TIMESTAMP"),
          Map.entry("current_date", "CURRENT_DATE"),
          Map.entry("curdate()", "CURRENT_DATE"),
          Map.entry("date('now')", "CURRENT_DATE"),
          Map.entry("current_time", "CURRENT_TIME"),
          Map.entry("localtime", "CURRENT_TIME"),
          Map.entry("curtime()", "CURRENT_TIME"),
          Map.entry("time('now')", "CURRENT_TIME"),
          Map.entry("gen_random_uuid()", "gen_random_uuid()"),
          Map.entry("uuid()", "gen_random_uuid()"),
          Map.entry("uuid_generate_v4()", "gen_random_uuid()"),
          Map.entry(
              "lower(hex(randomblob(4))||'-'||hex(randomblob(2))||'-4'||substr(hex(randomblob(2)),2)"
                  + "||'-'||substr('89ab',1+(abs(random())%4),1)||substr(hex(randomblob(2)),2)||'-'"
                  + "||hex(randomblob(6)))",
              "gen_random_uuid()"));

  private Expressions() {}

  /** Reads an expression at the cursor, up to what cannot continue it. */
  static Expression read(Cursor cursor, String text) {
    var from = cursor.mark();
    primary(cursor);
    while (true) {
      if (cursor.acceptSymbol("::")) {
        castType(cursor);
      } else if (cursor.peek() != null
          && cursor.peek().kind() == Token.Kind.SYMBOL
          && OPERATORS.contains(cursor.peek().text())) {
        cursor.next();
        primary(cursor);
      } else {
        break;
      }
    }
    return slice(cursor, from, text);
  }

  static Expression slice(Cursor cursor, int from, String text) {
    var to = cursor.mark();
    var tokens = new java.util.ArrayList<Token>();
    cursor.reset(from);
    while (cursor.mark() < to) {
      tokens.add(cursor.next());
    }
    var source = text.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    return new Expression(List.copyOf(tokens), source);
  }

  private static void primary(Cursor cursor) {
    var token = cursor.peek();
    while (token != null && (token.isSymbol("-") || token.isSymbol("+") || token.is("NOT"))) {
      cursor.next();
      token = cursor.peek();
    }
    if (token == null) {
      throw cursor.error("expected an expression here, but the statement ends");
    }
    if (token.isSymbol("(")) {
      cursor.skipGroup();
    } else if (token.kind() == Token.Kind.STRING
        || token.kind() == Token.Kind.NUMBER
        || token.kind() == Token.Kind.QUOTED) {
      cursor.next();
    } else if (token.kind() == Token.Kind.WORD && !token.is("NOT") && !token.is("CONSTRAINT")) {
      cursor.next();
      if (cursor.seesSymbol("(")) {
        cursor.skipGroup();
      }
    } else {
      throw cursor.error("expected an expression here, found " + token.describe());
    }
  }

  private static void castType(Cursor cursor) {
    cursor.qualifiedName("a type");
    while (cursor.peek() != null
        && cursor.peek().kind() == Token.Kind.WORD
        && TYPE_WORDS.contains(cursor.peek().upper())) {
      cursor.next();
    }
    if (cursor.seesSymbol("(")) {
      cursor.skipGroup();
    }
    while (cursor.seesSymbol("[") && cursor.peek(1) != null && cursor.peek(1).isSymbol("]")) {
      cursor.next();
      cursor.next();
    }
  }

  /** What a DEFAULT means for the document. */
  sealed interface Default {
    /** No default to keep (DEFAULT NULL). */
    record None() implements Default {}

    /** The column takes its values from a sequence: it is a serial. */
    record Sequence() implements Default {}

    record Kept(String sql) implements Default {}

    record NotKept(String source) implements Default {}
  }

  /** The document's DEFAULT for {@code expression} on a column of {@code type}. */
  static Default normalise(Expression expression, ColumnType type) {
    var tokens = withoutCastsAndParentheses(expression.tokens());
    if (tokens.isEmpty()) {
      return new Default.NotKept(expression.source());
    }
    var first = tokens.get(0);
    if (tokens.size() == 1) {
      if (first.is("NULL")) {
        return new Default.None();
      }
      if (first.is("TRUE") || first.is("FALSE")) {
        return new Default.Kept(first.upper());
      }
      if (first.kind() == Token.Kind.NUMBER && !first.text().startsWith("0x")) {
        return number(first.text(), type);
      }
      if (first.kind() == Token.Kind.STRING && plainString(expression, first)) {
        return string(first.text(), type);
      }
    }
    if (tokens.size() == 2
        && (first.isSymbol("-") || first.isSymbol("+"))
        && tokens.get(1).kind() == Token.Kind.NUMBER) {
      return number(first.text() + tokens.get(1).text(), type);
    }
    if (first.is("nextval")) {
      return new Default.Sequence();
    }
    var key = new StringBuilder();
    for (var token : tokens) {
      key.append(
          token.kind() == Token.Kind.STRING
              ? "'" + token.text() + "'"
              : token.text().toLowerCase(Locale.ROOT));
    }
    var clock = CLOCKS.get(withoutPrecision(key.toString()));
    return clock != null ? new Default.Kept(clock) : new Default.NotKept(expression.source());
  }

  /** {@code current_timestamp(6)} → {@code current_timestamp}; {@code now(3)} too. */
  private static String withoutPrecision(String key) {
    var match = key.matches("(current_timestamp|localtimestamp|current_time|localtime)\\(\\d*\\)");
    return match ? key.substring(0, key.indexOf('(')) : key;
  }

  private static boolean plainString(Expression expression, Token token) {
    var source = expression.source();
    var at = token.start() - expression.tokens().get(0).start();
    return at >= 0
        && at < source.length()
        && (source.charAt(at) == '\'' || source.charAt(at) == '"');
  }

  private static Default number(String text, ColumnType type) {
    if (type == ColumnType.BOOLEAN && (text.equals("1") || text.equals("0"))) {
      return new Default.Kept(text.equals("1") ? "TRUE" : "FALSE");
    }
    return new Default.Kept(text.startsWith("+") ? text.substring(1) : text);
  }

  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
  private static final java.util.regex.Pattern CLOCK_TIME =
      java.util.regex.Pattern.compile("(-?)(\\d+):(\\d{2}):(\\d{2}(\\.\\d+)?)");

  private static Default string(String value, ColumnType type) {
    if (isNumeric(type) && PLAIN_NUMBER.matcher(value.strip()).matches()) {
      // pg_dump writes some numbers as casts of strings: '-7'::integer
      return number(value.strip(), type);
    }
    if (type == ColumnType.INTERVAL) {
      return new Default.Kept("'" + interval(value).replace("'", "''") + "'");
    }
    if (type == ColumnType.BOOLEAN) {
      var lower = value.toLowerCase(Locale.ROOT);
      if (Set.of("t", "true", "1", "y", "yes", "on").contains(lower)) {
        return new Default.Kept("TRUE");
      }
      if (Set.of("f", "false", "0", "n", "no", "off").contains(lower)) {
        return new Default.Kept("FALSE");
      }
    }
    return new Default.Kept("'" + value.replace("'", "''") + "'");
  }

  private static boolean isNumeric(ColumnType type) {
    return type.isInteger()
        || type.takesPrecision()
        || type == ColumnType.REAL
        || type == ColumnType.DOUBLE_PRECISION
        || type == ColumnType.FLOAT
        || type == ColumnType.MONEY;
  }

  /**
   * PostgreSQL's output of an interval ({@code 1 year 2 mons 3 days 04:05:06}) in words the
   * document's interval defaults take ({@code 1 year 2 months 3 days 4 hours 5 minutes 6 seconds});
   * other spellings are kept as they are.
   */
  static String interval(String value) {
    var words = new java.util.ArrayList<String>();
    var parts = value.strip().split("\\s+");
    for (int i = 0; i < parts.length; i++) {
      var clock = CLOCK_TIME.matcher(parts[i]);
      if (clock.matches()) {
        var sign = clock.group(1);
        var hours = Integer.parseInt(clock.group(2));
        var minutes = Integer.parseInt(clock.group(3));
        var seconds = new java.math.BigDecimal(clock.group(4)).stripTrailingZeros().toPlainString();
        if (hours != 0) {
          words.add(sign + hours + " hours");
        }
        if (minutes != 0) {
          words.add(sign + minutes + " minutes");
        }
        if (!seconds.equals("0")) {
          words.add(sign + seconds + " seconds");
        }
      } else if (i + 1 < parts.length && PLAIN_NUMBER.matcher(parts[i]).matches()) {
        var unit = parts[++i].toLowerCase(Locale.ROOT);
        unit = unit.startsWith("mon") && !unit.startsWith("month") ? "months" : unit;
        words.add(parts[i - 1] + " " + unit);
      } else {
        return value;
      }
    }
    return words.isEmpty() ? "0 seconds" : String.join(" ", words);
  }

  /**
   * Drops {@code ::type} casts and parentheses around the whole, in one pass over the tokens:
   * matching parentheses are found once, so deep nesting stays linear.
   */
  private static List<Token> withoutCastsAndParentheses(List<Token> tokens) {
    var match = new int[tokens.size()];
    var open = new java.util.ArrayDeque<Integer>();
    java.util.Arrays.fill(match, -1);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).isSymbol("(")) {
        open.push(i);
      } else if (tokens.get(i).isSymbol(")") && !open.isEmpty()) {
        var start = open.pop();
        match[start] = i;
        match[i] = start;
      }
    }
    var lo = 0;
    var hi = tokens.size() - 1;
    var changed = true;
    while (changed && lo <= hi) {
      changed = false;
      var i = lo;
      while (i <= hi) {
        var token = tokens.get(i);
        if (token.isSymbol("(") && match[i] > i) {
          i = match[i] + 1;
        } else if (token.isSymbol("::") && i > lo) {
          hi = i - 1;
          changed = true;
          break;
        } else {
          i++;
        }
      }
      if (hi > lo && tokens.get(lo).isSymbol("(") && match[lo] == hi) {
        lo++;
        hi--;
        changed = true;
      }
    }
    return lo > hi ? List.of() : tokens.subList(lo, hi + 1);
  }

  /** {@code name IN ('a', 'b')} (SQLite's enum CHECK): the values, when it is of that form. */
  static Option<List<String>> inList(List<Token> tokens, String column) {
    if (tokens.size() < 5
        || !tokens.get(0).isName()
        || !tokens.get(0).text().equalsIgnoreCase(column)
        || !tokens.get(1).is("IN")
        || !tokens.get(2).isSymbol("(")
        || !tokens.get(tokens.size() - 1).isSymbol(")")) {
      return Option.none();
    }
    var values = new java.util.ArrayList<String>();
    for (int i = 3; i < tokens.size() - 1; i++) {
      var token = tokens.get(i);
      if ((i - 3) % 2 == 0) {
        if (token.kind() != Token.Kind.STRING) {
          return Option.none();
        }
        values.add(token.text());
      } else if (!token.isSymbol(",")) {
        return Option.none();
      }
    }
    return values.isEmpty() ? Option.none() : Option.of(List.copyOf(values));
  }
}
