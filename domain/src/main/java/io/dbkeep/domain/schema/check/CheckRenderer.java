package io.dbkeep.domain.schema.check;

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
import io.dbkeep.domain.schema.check.CheckExpression.StringLiteral;
import java.util.Locale;

/**
 * Writes a {@link CheckExpression} as text: in the neutral subset itself ({@link #neutral}, the
 * canonical form documents and imports use) or in an engine's spelling (its quoting, string
 * literals and function names). Parentheses are written wherever precedence could be read
 * differently by an engine (around a NOT's operand, a predicate inside a predicate, a negative
 * number after a minus), so the same tree means the same on every engine. Pure and thread-safe.
 */
public final class CheckRenderer {

  /** How one target spells names, strings and functions. */
  public interface Spelling {
    String column(String name);

    String string(String value);

    String function(Function function);
  }

  /** The neutral subset's own spelling: bare lower-case names where they read back the same. */
  public static final Spelling NEUTRAL =
      new Spelling() {
        @Override
        public String column(String name) {
          return CheckParser.needsQuotes(name) ? "\"" + name.replace("\"", "\"\"") + "\"" : name;
        }

        @Override
        public String string(String value) {
          return "'" + value.replace("'", "''") + "'";
        }

        @Override
        public String function(Function function) {
          return function.name().toLowerCase(Locale.ROOT);
        }
      };

  private final Spelling spelling;
  private final StringBuilder out = new StringBuilder();

  private CheckRenderer(Spelling spelling) {
    this.spelling = spelling;
  }

  /** {@code expression} in the neutral subset: parsing it gives an equal tree (positions aside). */
  public static String neutral(CheckExpression expression) {
    return render(expression, NEUTRAL);
  }

  public static String render(CheckExpression expression, Spelling spelling) {
    var renderer = new CheckRenderer(spelling);
    renderer.write(expression);
    return renderer.out.toString();
  }

  static int precedence(CheckExpression expression) {
    if (expression instanceof Binary binary) {
      return binary.operator().precedence();
    }
    if (expression instanceof Not) {
      return 3;
    }
    if (expression instanceof IsNull
        || expression instanceof In
        || expression instanceof Between
        || expression instanceof Like) {
      return 4;
    }
    return expression instanceof Negate ? 7 : 8;
  }

  private void write(CheckExpression expression) {
    if (expression instanceof ColumnRef column) {
      out.append(spelling.column(column.name()));
    } else if (expression instanceof NumberLiteral number) {
      out.append(number.digits());
    } else if (expression instanceof StringLiteral string) {
      out.append(spelling.string(string.value()));
    } else if (expression instanceof BooleanLiteral bool) {
      out.append(bool.value() ? "TRUE" : "FALSE");
    } else if (expression instanceof NullLiteral) {
      out.append("NULL");
    } else if (expression instanceof Not not) {
      out.append("NOT ");
      operand(not.operand(), precedence(not.operand()) < 8);
    } else if (expression instanceof Negate negate) {
      out.append('-');
      operand(negate.operand(), precedence(negate.operand()) < 8);
    } else if (expression instanceof Binary binary) {
      binary(binary);
    } else if (expression instanceof IsNull isNull) {
      predicateOperand(isNull.operand());
      out.append(isNull.negated() ? " IS NOT NULL" : " IS NULL");
    } else if (expression instanceof In in) {
      predicateOperand(in.operand());
      out.append(in.negated() ? " NOT IN (" : " IN (");
      for (int i = 0; i < in.values().size(); i++) {
        out.append(i == 0 ? "" : ", ");
        write(in.values().get(i));
      }
      out.append(')');
    } else if (expression instanceof Between between) {
      predicateOperand(between.operand());
      out.append(between.negated() ? " NOT BETWEEN " : " BETWEEN ");
      predicateOperand(between.low());
      out.append(" AND ");
      predicateOperand(between.high());
    } else if (expression instanceof Like like) {
      predicateOperand(like.operand());
      out.append(like.negated() ? " NOT LIKE " : " LIKE ");
      write(like.pattern());
    } else if (expression instanceof Call call) {
      out.append(spelling.function(call.function())).append('(');
      for (int i = 0; i < call.arguments().size(); i++) {
        out.append(i == 0 ? "" : ", ");
        write(call.arguments().get(i));
      }
      out.append(')');
    } else {
      throw new IllegalArgumentException("unknown node " + expression);
    }
  }

  private void binary(Binary binary) {
    var operator = binary.operator();
    var own = operator.precedence();
    var left = binary.left();
    var right = binary.right();
    operand(
        left,
        precedence(left) < own
            || (operator.isComparison() && precedence(left) <= 4)
            || (operator.isArithmetic() && left instanceof Negate));
    out.append(' ').append(operator.sql()).append(' ');
    operand(
        right,
        precedence(right) <= own
            || (operator.isComparison() && precedence(right) <= 4)
            || (operator.isArithmetic() && right instanceof Negate));
  }

  private void predicateOperand(CheckExpression operand) {
    operand(operand, precedence(operand) <= 4);
  }

  private void operand(CheckExpression operand, boolean parenthesized) {
    if (parenthesized) {
      out.append('(');
      write(operand);
      out.append(')');
    } else {
      write(operand);
    }
  }
}
