package io.dbkeep.domain.schema.check;

import java.util.List;
import java.util.Objects;

/**
 * The syntax tree of a CHECK expression in the engine-neutral subset (ADR 127). Built only by
 * {@link CheckParser}, written by {@link CheckRenderer} and checked by {@link CheckTypes}.
 * Positions are 1-based character columns in the text the tree was parsed from.
 */
public sealed interface CheckExpression {

  /** A column of the same table, by its name as written in the document. */
  record ColumnRef(String name, int at) implements CheckExpression {
    public ColumnRef {
      Objects.requireNonNull(name, "name");
    }
  }

  /** An unsigned decimal number: digits, optionally a point and more digits. */
  record NumberLiteral(String digits, int at) implements CheckExpression {}

  /** A string literal (its value, quotes removed). */
  record StringLiteral(String value, int at) implements CheckExpression {}

  record BooleanLiteral(boolean value, int at) implements CheckExpression {}

  record NullLiteral(int at) implements CheckExpression {}

  record Not(CheckExpression operand, int at) implements CheckExpression {}

  /** Unary minus. */
  record Negate(CheckExpression operand, int at) implements CheckExpression {}

  record Binary(Operator operator, CheckExpression left, CheckExpression right, int at)
      implements CheckExpression {}

  record IsNull(CheckExpression operand, boolean negated, int at) implements CheckExpression {}

  /** {@code operand [NOT] IN (literal, …)}. */
  record In(CheckExpression operand, List<CheckExpression> values, boolean negated, int at)
      implements CheckExpression {
    public In {
      values = List.copyOf(values);
    }
  }

  record Between(
      CheckExpression operand, CheckExpression low, CheckExpression high, boolean negated, int at)
      implements CheckExpression {}

  /** {@code operand [NOT] LIKE 'pattern'}; the pattern is a literal without backslashes. */
  record Like(CheckExpression operand, StringLiteral pattern, boolean negated, int at)
      implements CheckExpression {}

  record Call(Function function, List<CheckExpression> arguments, int at)
      implements CheckExpression {
    public Call {
      arguments = List.copyOf(arguments);
    }
  }

  /** Binary operators, with their precedence (higher binds tighter). */
  enum Operator {
    OR("OR", 1),
    AND("AND", 2),
    EQ("=", 4),
    NE("<>", 4),
    LT("<", 4),
    LE("<=", 4),
    GT(">", 4),
    GE(">=", 4),
    PLUS("+", 5),
    MINUS("-", 5),
    TIMES("*", 6),
    DIVIDE("/", 6);

    private final String sql;
    private final int precedence;

    Operator(String sql, int precedence) {
      this.sql = sql;
      this.precedence = precedence;
    }

    public String sql() {
      return sql;
    }

    int precedence() {
      return precedence;
    }

    boolean isComparison() {
      return precedence == 4;
    }

    boolean isArithmetic() {
      return precedence >= 5;
    }

    boolean isLogical() {
      return precedence <= 2;
    }
  }

  /**
   * The functions of the subset: each has the same meaning on PostgreSQL, MySQL and SQLite once
   * written in the engine's own spelling ({@code LENGTH} counts characters: PostgreSQL and MySQL
   * {@code char_length}, SQLite {@code length}).
   */
  enum Function {
    LENGTH,
    LOWER,
    UPPER,
    TRIM,
    ABS;

    /** The function a name in an expression means, if it is one of the subset's. */
    public static io.vavr.control.Option<Function> named(String name) {
      return switch (name.toLowerCase(java.util.Locale.ROOT)) {
        case "length", "char_length", "character_length" -> io.vavr.control.Option.of(LENGTH);
        case "lower" -> io.vavr.control.Option.of(LOWER);
        case "upper" -> io.vavr.control.Option.of(UPPER);
        case "trim" -> io.vavr.control.Option.of(TRIM);
        case "abs" -> io.vavr.control.Option.of(ABS);
        default -> io.vavr.control.Option.none();
      };
    }
  }
}
