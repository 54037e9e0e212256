package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.check.CheckExpression;
import io.dbkeep.domain.schema.check.CheckParser;
import io.dbkeep.domain.schema.check.CheckProblem;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a CHECK condition as a dump prints it into the document's neutral subset (ADR 127), token
 * by token: quoted names of any engine become double-quoted names; PostgreSQL's casts ({@code
 * (0)::numeric}, {@code 'a'::character varying}, {@code '-1'::integer} back to {@code -1}) go;
 * {@code x = ANY (ARRAY[…])} becomes {@code x IN (…)} and {@code <> ALL} {@code NOT IN}; {@code ~~}
 * becomes LIKE; MySQL's charset introducers ({@code _utf8mb4'a'}) go. What is left is parsed by the
 * domain's {@link CheckParser}; anything outside the subset is its refusal. MySQL's {@code length}
 * counts bytes, not characters, so it is refused there.
 */
final class CheckTranslator {

  private static final Set<String> TYPE_WORDS =
      Set.of("VARYING", "PRECISION", "WITH", "WITHOUT", "TIME", "ZONE");

  private static final Set<String> NUMERIC_TYPES =
      Set.of(
          "integer",
          "int",
          "int2",
          "int4",
          "int8",
          "smallint",
          "bigint",
          "numeric",
          "decimal",
          "real",
          "double",
          "float4",
          "float8");

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

  private final List<Token> tokens;
  private final Engine engine;
  private final List<String> out = new ArrayList<>();

  private CheckTranslator(List<Token> tokens, Engine engine) {
    this.tokens = tokens;
    this.engine = engine;
  }

  /** The condition (inside CHECK's parentheses) as a tree of the subset, or why it is not one. */
  static Either<CheckProblem, CheckExpression> translate(List<Token> condition, Engine engine) {
    var translator = new CheckTranslator(condition, engine);
    var refusal = translator.run(0, condition.size());
    if (refusal != null) {
      return Either.left(new CheckProblem(0, refusal));
    }
    if (engine == Engine.POSTGRESQL) {
      translator.betweens();
    }
    return CheckParser.parse(String.join(" ", translator.out));
  }

  /**
   * PostgreSQL prints {@code x BETWEEN lo AND hi} as {@code ((x >= lo) AND (x <= hi))}; reading
   * that group back as BETWEEN keeps its grouping, so the export prints the same definition.
   */
  private void betweens() {
    for (int i = 0; i + 12 < out.size(); i++) {
      var x = out.get(i + 2);
      if (out.get(i).equals("(")
          && out.get(i + 1).equals("(")
          && out.get(i + 3).equals(">=")
          && out.get(i + 5).equals(")")
          && out.get(i + 6).equalsIgnoreCase("AND")
          && out.get(i + 7).equals("(")
          && out.get(i + 8).equals(x)
          && out.get(i + 9).equals("<=")
          && out.get(i + 11).equals(")")
          && out.get(i + 12).equals(")")
          && !x.equals("(")
          && !x.equals(")")) {
        var low = out.get(i + 4);
        var high = out.get(i + 10);
        var between = List.of("(", x, "BETWEEN", low, "AND", high, ")");
        out.subList(i, i + 13).clear();
        out.addAll(i, between);
      }
    }
  }

  /** Writes tokens [from, to) to {@code out}; a reason when they cannot be, else null. */
  private String run(int from, int to) {
    var i = from;
    while (i < to) {
      var token = tokens.get(i);
      if (token.isSymbol("::")) {
        i = cast(i + 1, to);
        continue;
      }
      if ((token.is("ANY") || token.is("ALL") || token.is("SOME"))
          && !out.isEmpty()
          && i + 1 < to
          && tokens.get(i + 1).isSymbol("(")) {
        var operator = out.remove(out.size() - 1);
        var any = !token.is("ALL");
        if (!(any ? operator.equals("=") : operator.equals("<>") || operator.equals("!="))) {
          return "only = ANY (…) and <> ALL (…) are kept";
        }
        var close = match(i + 1, to);
        var refusal = array(i + 2, close, any ? "IN" : "NOT IN");
        if (refusal != null) {
          return refusal;
        }
        i = close + 1;
        continue;
      }
      switch (token.kind()) {
        case QUOTED -> out.add("\"" + token.text().replace("\"", "\"\"") + "\"");
        case STRING -> out.add("'" + token.text().replace("'", "''") + "'");
        case NUMBER -> out.add(token.text());
        case WORD -> {
          var next = i + 1 < to ? tokens.get(i + 1) : null;
          if (token.text().startsWith("_")
              && next != null
              && next.kind() == Token.Kind.STRING
              && next.start() == token.end()) {
            break; // MySQL's charset introducer
          }
          if (engine == Engine.MYSQL
              && (token.text().equalsIgnoreCase("lcase") || token.text().equalsIgnoreCase("ucase"))
              && next != null
              && next.isSymbol("(")) {
            // MariaDB prints lower() and upper() as lcase() and ucase()
            out.add(token.text().equalsIgnoreCase("lcase") ? "lower" : "upper");
            break;
          }
          if (engine == Engine.MYSQL
              && token.text().equalsIgnoreCase("length")
              && next != null
              && next.isSymbol("(")) {
            return "MySQL's length() counts bytes; char_length() counts characters";
          }
          out.add(token.text());
        }
        case SYMBOL -> {
          var like = like(i, to);
          if (like > 0) {
            if (token.isSymbol("!")) {
              out.add("NOT");
            }
            out.add("LIKE");
            i += like;
            continue;
          }
          out.add(token.text());
        }
        default -> {
          return "unexpected " + token.describe();
        }
      }
      i++;
    }
    return null;
  }

  /** PostgreSQL's {@code ~~} (LIKE) or {@code !~~} (NOT LIKE) at {@code i}: its token count. */
  private int like(int i, int to) {
    var at = i;
    if (tokens.get(at).isSymbol("!")) {
      at++;
    }
    if (at + 1 < to
        && tokens.get(at).isSymbol("~")
        && tokens.get(at + 1).isSymbol("~")
        && tokens.get(at + 1).start() == tokens.get(at).end()
        && (at + 2 >= to || !tokens.get(at + 2).isSymbol("*"))) {
      return at + 2 - i;
    }
    return 0;
  }

  /** Skips a cast's type from {@code i}; a string cast to a number type becomes the number. */
  private int cast(int i, int to) {
    var type = new StringBuilder();
    while (i < to && (tokens.get(i).isName() || tokens.get(i).isSymbol("."))) {
      var word = tokens.get(i);
      if (type.length() > 0
          && !word.isSymbol(".")
          && !TYPE_WORDS.contains(word.upper())
          && !tokens.get(i - 1).isSymbol(".")) {
        break;
      }
      type.append(word.text().toLowerCase(Locale.ROOT));
      i++;
    }
    if (i < to && tokens.get(i).isSymbol("(")) {
      i = match(i, to) + 1;
    }
    while (i + 1 < to && tokens.get(i).isSymbol("[") && tokens.get(i + 1).isSymbol("]")) {
      i += 2;
    }
    var name = type.toString();
    var last = out.isEmpty() ? "" : out.get(out.size() - 1);
    if (NUMERIC_TYPES.contains(name.replace("pg_catalog.", ""))
        && last.length() > 2
        && last.startsWith("'")
        && NUMBER.matcher(last.substring(1, last.length() - 1)).matches()) {
      var number = last.substring(1, last.length() - 1);
      out.set(out.size() - 1, number.startsWith("-") ? "(- " + number.substring(1) + ")" : number);
    }
    return i;
  }

  /** {@code ARRAY[a, b]} (with casts around) in [from, to) written as {@code IN (a, b)}. */
  private String array(int from, int to, String operator) {
    var open = -1;
    for (int i = from; i < to; i++) {
      if (tokens.get(i).is("ARRAY") && i + 1 < to && tokens.get(i + 1).isSymbol("[")) {
        open = i + 1;
        break;
      }
    }
    if (open < 0) {
      return "only = ANY (ARRAY[…]) is kept";
    }
    var close = open + 1;
    var depth = 0;
    while (close < to && !(depth == 0 && tokens.get(close).isSymbol("]"))) {
      if (tokens.get(close).isSymbol("(") || tokens.get(close).isSymbol("[")) {
        depth++;
      } else if (tokens.get(close).isSymbol(")") || tokens.get(close).isSymbol("]")) {
        depth--;
      }
      close++;
    }
    for (var word : operator.split(" ")) {
      out.add(word);
    }
    out.add("(");
    var first = out.size();
    if (run(open + 1, close) != null) {
      return "the ARRAY is not a list of literals";
    }
    // pg_dump wraps cast elements in parentheses: ARRAY[('x'::character varying)::text]
    var elements = new ArrayList<>(out.subList(first, out.size()));
    elements.removeIf(part -> part.equals("(") || part.equals(")"));
    out.subList(first, out.size()).clear();
    out.addAll(elements);
    out.add(")");
    return null;
  }

  /** The index of the parenthesis closing the one at {@code open}, or {@code to - 1}. */
  private int match(int open, int to) {
    var depth = 0;
    for (int i = open; i < to; i++) {
      if (tokens.get(i).isSymbol("(")) {
        depth++;
      } else if (tokens.get(i).isSymbol(")") && --depth == 0) {
        return i;
      }
    }
    return to - 1;
  }
}
