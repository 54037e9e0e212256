package io.dbkeep.domain.schema.check;

import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.check.CheckExpression.Between;
import io.dbkeep.domain.schema.check.CheckExpression.Binary;
import io.dbkeep.domain.schema.check.CheckExpression.BooleanLiteral;
import io.dbkeep.domain.schema.check.CheckExpression.Call;
import io.dbkeep.domain.schema.check.CheckExpression.ColumnRef;
import io.dbkeep.domain.schema.check.CheckExpression.Function;
import io.dbkeep.domain.schema.check.CheckExpression.In;
import io.dbkeep.domain.schema.check.CheckExpression.IsNull;
import io.dbkeep.domain.schema.check.CheckExpression.Like;
import io.dbkeep.domain.schema.check.CheckExpression.Negate;
import io.dbkeep.domain.schema.check.CheckExpression.Not;
import io.dbkeep.domain.schema.check.CheckExpression.NullLiteral;
import io.dbkeep.domain.schema.check.CheckExpression.NumberLiteral;
import io.dbkeep.domain.schema.check.CheckExpression.Operator;
import io.dbkeep.domain.schema.check.CheckExpression.StringLiteral;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses a CHECK expression of the engine-neutral subset (ADR 127) into a {@link CheckExpression}.
 * A hand-written recursive descent over a small lexer: it refuses comments, semicolons, unknown
 * characters, unterminated literals and names, numbers of more than {@value #MAX_DIGITS} digits or
 * with an exponent, texts longer than {@link SchemaLimits#MAX_CHECK_EXPRESSION_LENGTH} and nesting
 * deeper than {@link SchemaLimits#MAX_CHECK_EXPRESSION_DEPTH}, each with the column where it
 * happens. Nothing it accepts can end the surrounding statement. Pure and thread-safe.
 */
public final class CheckParser {

  /** Most digits in a number literal, so every engine reads it as an exact number. */
  public static final int MAX_DIGITS = 30;

  private static final Set<String> KEYWORDS =
      Set.of("and", "or", "not", "null", "true", "false", "is", "in", "between", "like");

  private final String text;
  private final List<Token> tokens;
  private int next;
  private int depth;

  private CheckParser(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  /** The tree of {@code text}, or why it is not an expression of the subset. */
  public static Either<CheckProblem, CheckExpression> parse(String text) {
    if (text.length() > SchemaLimits.MAX_CHECK_EXPRESSION_LENGTH) {
      return Either.left(
          new CheckProblem(
              0,
              "the expression has "
                  + text.length()
                  + " characters; at most "
                  + SchemaLimits.MAX_CHECK_EXPRESSION_LENGTH
                  + " are allowed"));
    }
    try {
      var parser = new CheckParser(text, new Lexer(text).tokens());
      if (parser.peek().kind == Kind.END) {
        return Either.left(new CheckProblem(0, "the expression is empty"));
      }
      var expression = parser.or();
      var last = parser.peek();
      if (last.kind != Kind.END) {
        throw new Refused(last.at, "unexpected " + last.describe() + " after the expression");
      }
      return Either.right(expression);
    } catch (Refused refused) {
      return Either.left(new CheckProblem(refused.at, refused.getMessage()));
    }
  }

  /** Whether {@code name} must be double-quoted to be read back as a column name. */
  public static boolean needsQuotes(String name) {
    if (name.isEmpty() || KEYWORDS.contains(name.toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (int i = 0; i < name.length(); i++) {
      var c = name.charAt(i);
      var ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || c == '_'
              || (i > 0 && c >= '0' && c <= '9');
      if (!ok) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------------ grammar

  private CheckExpression or() {
    enter();
    var left = and();
    while (keyword("or")) {
      var at = take().at;
      left = new Binary(Operator.OR, left, and(), at);
    }
    depth--;
    return left;
  }

  private CheckExpression and() {
    var left = not();
    while (keyword("and")) {
      var at = take().at;
      left = new Binary(Operator.AND, left, not(), at);
    }
    return left;
  }

  private CheckExpression not() {
    if (keyword("not")) {
      var at = take().at;
      enter();
      var operand = not();
      depth--;
      return new Not(operand, at);
    }
    return predicate();
  }

  private CheckExpression predicate() {
    var left = additive();
    while (true) {
      var token = peek();
      if (token.kind == Kind.OPERATOR && comparison(token.text) != null) {
        take();
        left = new Binary(comparison(token.text), left, additive(), token.at);
      } else if (keyword("is")) {
        take();
        var negated = takeKeyword("not");
        expectKeyword("null", "NULL after IS");
        left = new IsNull(left, negated, token.at);
      } else if (keyword("not") || keyword("in") || keyword("between") || keyword("like")) {
        var negated = takeKeyword("not");
        var word = peek();
        if (takeKeyword("in")) {
          left = new In(left, inList(), negated, token.at);
        } else if (takeKeyword("between")) {
          var low = additive();
          expectKeyword("and", "AND in BETWEEN … AND …");
          left = new Between(left, low, additive(), negated, token.at);
        } else if (takeKeyword("like")) {
          left = new Like(left, pattern(), negated, token.at);
        } else {
          throw new Refused(
              word.at, "expected IN, BETWEEN or LIKE after NOT, not " + word.describe());
        }
      } else {
        return left;
      }
    }
  }

  private List<CheckExpression> inList() {
    expect("(", "( after IN");
    var values = new ArrayList<CheckExpression>();
    do {
      values.add(literal());
    } while (takeSymbol(","));
    expect(")", ") closing the IN list");
    return values;
  }

  private CheckExpression literal() {
    var token = peek();
    if (token.kind == Kind.OPERATOR && token.text.equals("-")) {
      take();
      var number = take();
      if (number.kind != Kind.NUMBER) {
        throw new Refused(number.at, "expected a number after -, not " + number.describe());
      }
      return new Negate(new NumberLiteral(number.text, number.at), token.at);
    }
    take();
    return switch (token.kind) {
      case NUMBER -> new NumberLiteral(token.text, token.at);
      case STRING -> new StringLiteral(token.text, token.at);
      case WORD -> {
        var word = token.text.toLowerCase(Locale.ROOT);
        if (word.equals("true") || word.equals("false")) {
          yield new BooleanLiteral(word.equals("true"), token.at);
        }
        throw new Refused(token.at, "IN lists hold literals only, not " + token.describe());
      }
      default ->
          throw new Refused(token.at, "IN lists hold literals only, not " + token.describe());
    };
  }

  private StringLiteral pattern() {
    var token = take();
    if (token.kind != Kind.STRING) {
      throw new Refused(token.at, "LIKE takes a string literal, not " + token.describe());
    }
    if (token.text.indexOf('\\') >= 0) {
      throw new Refused(
          token.at,
          "LIKE patterns must not contain a backslash (MySQL and PostgreSQL read it as an escape,"
              + " SQLite does not)");
    }
    return new StringLiteral(token.text, token.at);
  }

  private CheckExpression additive() {
    var left = multiplicative();
    while (symbol("+") || symbol("-")) {
      var token = take();
      left =
          new Binary(
              token.text.equals("+") ? Operator.PLUS : Operator.MINUS,
              left,
              multiplicative(),
              token.at);
    }
    return left;
  }

  private CheckExpression multiplicative() {
    var left = unary();
    while (symbol("*") || symbol("/")) {
      var token = take();
      left =
          new Binary(
              token.text.equals("*") ? Operator.TIMES : Operator.DIVIDE, left, unary(), token.at);
    }
    return left;
  }

  private CheckExpression unary() {
    if (symbol("-")) {
      var at = take().at;
      enter();
      var operand = unary();
      depth--;
      return new Negate(operand, at);
    }
    if (symbol("+")) {
      take();
      enter();
      var operand = unary();
      depth--;
      return operand;
    }
    return primary();
  }

  private CheckExpression primary() {
    var token = take();
    switch (token.kind) {
      case NUMBER:
        return new NumberLiteral(token.text, token.at);
      case STRING:
        return new StringLiteral(token.text, token.at);
      case QUOTED:
        return new ColumnRef(token.text, token.at);
      case WORD:
        return word(token);
      case OPERATOR:
        if (token.text.equals("(")) {
          var inner = or();
          expect(")", ") closing the ( at column " + token.at);
          return inner;
        }
        throw new Refused(token.at, "unexpected " + token.describe());
      default:
        throw new Refused(token.at, "the expression ends too early");
    }
  }

  private CheckExpression word(Token token) {
    var word = token.text.toLowerCase(Locale.ROOT);
    switch (word) {
      case "null":
        return new NullLiteral(token.at);
      case "true":
        return new BooleanLiteral(true, token.at);
      case "false":
        return new BooleanLiteral(false, token.at);
      default:
        break;
    }
    if (KEYWORDS.contains(word)) {
      throw new Refused(token.at, "unexpected " + token.describe());
    }
    if (!symbol("(")) {
      return new ColumnRef(token.text, token.at);
    }
    var function = Function.named(token.text);
    if (function.isEmpty()) {
      throw new Refused(
          token.at,
          "unknown function "
              + token.text
              + " (the functions every engine shares are length, char_length, lower, upper, trim"
              + " and abs)");
    }
    take();
    enter();
    var arguments = new ArrayList<CheckExpression>();
    if (!symbol(")")) {
      do {
        arguments.add(or());
      } while (takeSymbol(","));
    }
    expect(")", ") closing the arguments of " + token.text);
    depth--;
    if (arguments.size() != 1) {
      throw new Refused(token.at, token.text + " takes one argument, not " + arguments.size());
    }
    return new Call(function.get(), arguments, token.at);
  }

  // ------------------------------------------------------------------------------------ tokens

  private void enter() {
    if (++depth > SchemaLimits.MAX_CHECK_EXPRESSION_DEPTH) {
      throw new Refused(
          peek().at,
          "the expression is nested more than "
              + SchemaLimits.MAX_CHECK_EXPRESSION_DEPTH
              + " levels deep");
    }
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Token take() {
    var token = tokens.get(next);
    if (token.kind != Kind.END) {
      next++;
    }
    return token;
  }

  private boolean keyword(String word) {
    var token = peek();
    return token.kind == Kind.WORD && token.text.equalsIgnoreCase(word);
  }

  private boolean takeKeyword(String word) {
    if (keyword(word)) {
      take();
      return true;
    }
    return false;
  }

  private void expectKeyword(String word, String what) {
    if (!takeKeyword(word)) {
      throw new Refused(peek().at, "expected " + what + ", not " + peek().describe());
    }
  }

  private boolean symbol(String symbol) {
    var token = peek();
    return token.kind == Kind.OPERATOR && token.text.equals(symbol);
  }

  private boolean takeSymbol(String symbol) {
    if (symbol(symbol)) {
      take();
      return true;
    }
    return false;
  }

  private void expect(String symbol, String what) {
    if (!takeSymbol(symbol)) {
      throw new Refused(peek().at, "expected " + what + ", not " + peek().describe());
    }
  }

  private static Operator comparison(String text) {
    return switch (text) {
      case "=" -> Operator.EQ;
      case "<>", "!=" -> Operator.NE;
      case "<" -> Operator.LT;
      case "<=" -> Operator.LE;
      case ">" -> Operator.GT;
      case ">=" -> Operator.GE;
      default -> null;
    };
  }

  private enum Kind {
    WORD,
    QUOTED,
    NUMBER,
    STRING,
    OPERATOR,
    END
  }

  private record Token(Kind kind, String text, int at) {
    String describe() {
      return switch (kind) {
        case END -> "the end of the expression";
        case STRING -> "a string";
        case QUOTED -> "\"" + text + "\"";
        default -> "'" + text + "'";
      };
    }
  }

  private static final class Refused extends RuntimeException {
    private final int at;

    Refused(int at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  private static final class Lexer {
    private final String text;
    private int i;
    private final List<Token> tokens = new ArrayList<>();

    Lexer(String text) {
      this.text = text;
    }

    List<Token> tokens() {
      while (true) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i >= text.length()) {
          tokens.add(new Token(Kind.END, "", text.length() + 1));
          return tokens;
        }
        var start = i;
        var c = text.charAt(i);
        if (c == '\'') {
          tokens.add(new Token(Kind.STRING, quoted('\'', "string"), start + 1));
        } else if (c == '"') {
          var name = quoted('"', "quoted name");
          if (name.isEmpty()) {
            throw new Refused(start + 1, "a quoted name must not be empty");
          }
          tokens.add(new Token(Kind.QUOTED, name, start + 1));
        } else if (c >= '0' && c <= '9' || c == '.') {
          tokens.add(new Token(Kind.NUMBER, number(), start + 1));
        } else if (Character.isLetter(c) || c == '_') {
          while (i < text.length()
              && (Character.isLetterOrDigit(text.charAt(i))
                  || text.charAt(i) == '_'
                  || text.charAt(i) == '$')) {
            i++;
          }
          tokens.add(new Token(Kind.WORD, text.substring(start, i), start + 1));
        } else if (text.startsWith("--", i) || text.startsWith("/*", i) || c == '#') {
          throw new Refused(start + 1, "comments are not allowed in a check expression");
        } else if (c == ';') {
          throw new Refused(start + 1, "a semicolon is not allowed in a check expression");
        } else {
          tokens.add(new Token(Kind.OPERATOR, operator(), start + 1));
        }
        if (tokens.size() > SchemaLimits.MAX_CHECK_EXPRESSION_LENGTH) {
          throw new Refused(start + 1, "the expression has too many parts");
        }
      }
    }

    private String quoted(char quote, String what) {
      var start = i;
      var value = new StringBuilder();
      i++;
      while (true) {
        if (i >= text.length()) {
          throw new Refused(start + 1, "unterminated " + what);
        }
        var c = text.charAt(i++);
        if (c == quote) {
          if (i < text.length() && text.charAt(i) == quote) {
            value.append(quote);
            i++;
          } else {
            return value.toString();
          }
        } else if (c == '\u0000') {
          throw new Refused(i, "the NUL character is not allowed");
        } else {
          value.append(c);
        }
      }
    }

    private String number() {
      var start = i;
      while (i < text.length() && Character.isDigit(text.charAt(i))) {
        i++;
      }
      if (i < text.length() && text.charAt(i) == '.') {
        i++;
        var fraction = i;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
          i++;
        }
        if (fraction == i || fraction - 1 == start) {
          throw new Refused(start + 1, "a number needs digits on both sides of its point");
        }
      }
      if (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) {
        throw new Refused(
            i + 1, "numbers are plain decimals here (no exponent, no suffix, no hexadecimal)");
      }
      var digits = text.substring(start, i);
      for (int k = 0; k < digits.length(); k++) {
        if (digits.charAt(k) > '9') {
          throw new Refused(start + 1, "numbers are written with the digits 0 to 9");
        }
      }
      if (digits.replace(".", "").length() > MAX_DIGITS) {
        throw new Refused(start + 1, "numbers have at most " + MAX_DIGITS + " digits here");
      }
      return digits;
    }

    private String operator() {
      var c = text.charAt(i);
      var two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
      if (two.equals("<=") || two.equals(">=") || two.equals("<>") || two.equals("!=")) {
        i += 2;
        return two;
      }
      if ("=<>+-*/(),".indexOf(c) >= 0) {
        i++;
        return String.valueOf(c);
      }
      var code = text.codePointAt(i);
      throw new Refused(
          i + 1,
          "unexpected character "
              + new String(Character.toChars(code))
              + " (U+"
              + String.format(Locale.ROOT, "%04X", code)
              + ")");
    }
  }
}
