package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.check.CheckExpression;
import io.dbkeep.domain.schema.check.CheckExpression.Binary;
import io.dbkeep.domain.schema.check.CheckExpression.BooleanLiteral;
import io.dbkeep.domain.schema.check.CheckExpression.ColumnRef;
import io.dbkeep.domain.schema.check.CheckExpression.Not;
import io.dbkeep.domain.schema.check.CheckExpression.NumberLiteral;
import io.dbkeep.domain.schema.check.CheckExpression.Operator;
import io.dbkeep.domain.schema.check.CheckRewriter;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a check tells about booleans, where the engine stores them as integers: a column used as a
 * condition ({@code NOT active}, {@code a OR active}) is a BOOLEAN (SQLite's INTEGER), and
 * MariaDB's own spelling of a boolean condition ({@code active = 0}, {@code active <> 0}) compares
 * with FALSE.
 */
final class CheckHints {

  private CheckHints() {}

  /** The names of columns {@code expression} uses as conditions. */
  static Set<String> conditionColumns(CheckExpression expression) {
    var names = new HashSet<String>();
    condition(expression, names);
    return names;
  }

  private static void condition(CheckExpression expression, Set<String> names) {
    if (expression instanceof ColumnRef column) {
      names.add(column.name());
    } else if (expression instanceof Not not) {
      condition(not.operand(), names);
    } else if (expression instanceof Binary binary
        && (binary.operator() == Operator.AND || binary.operator() == Operator.OR)) {
      condition(binary.left(), names);
      condition(binary.right(), names);
    } else if (expression instanceof Binary binary
        && binary.left() instanceof ColumnRef column
        && binary.right() instanceof BooleanLiteral) {
      names.add(column.name());
    }
  }

  /** Pairs of column names compared with each other ({@code a <= b}), anywhere in the check. */
  static java.util.List<java.util.List<String>> comparedColumns(CheckExpression expression) {
    var pairs = new java.util.ArrayList<java.util.List<String>>();
    compared(expression, pairs);
    return pairs;
  }

  private static void compared(
      CheckExpression expression, java.util.List<java.util.List<String>> pairs) {
    if (expression instanceof Not not) {
      compared(not.operand(), pairs);
    } else if (expression instanceof Binary binary) {
      if (binary.left() instanceof ColumnRef left && binary.right() instanceof ColumnRef right) {
        pairs.add(java.util.List.of(left.name(), right.name()));
      }
      compared(binary.left(), pairs);
      compared(binary.right(), pairs);
    }
  }

  /**
   * {@code expression} fitted to {@code table}: column names resolved as the engines resolve them
   * (exactly, else ignoring case), then {@link #booleanNumbers} on its BOOLEAN columns. The import
   * and the Studio's introspection both fit their checks this way.
   */
  static CheckExpression forTable(CheckExpression expression, Table table) {
    var renamed =
        CheckRewriter.renameColumns(
            expression,
            name -> {
              for (var column : table.columns()) {
                if (column.name().equals(name)) {
                  return name;
                }
              }
              for (var column : table.columns()) {
                if (column.name().equalsIgnoreCase(name)) {
                  return column.name();
                }
              }
              return name;
            });
    return booleanNumbers(
        renamed,
        name ->
            table.columns().stream()
                .anyMatch(c -> c.name().equals(name) && c.type() == ColumnType.BOOLEAN));
  }

  /** {@code expression} with {@code b = 0} / {@code b <> 1} on boolean columns as TRUE/FALSE. */
  static CheckExpression booleanNumbers(CheckExpression expression, Predicate<String> isBoolean) {
    if (expression instanceof Not not) {
      return new Not(booleanNumbers(not.operand(), isBoolean), not.at());
    }
    if (expression instanceof Binary binary) {
      if ((binary.operator() == Operator.EQ || binary.operator() == Operator.NE)
          && binary.left() instanceof ColumnRef column
          && isBoolean.test(column.name())
          && binary.right() instanceof NumberLiteral number
          && (number.digits().equals("0") || number.digits().equals("1"))) {
        return new Binary(
            binary.operator(),
            column,
            new BooleanLiteral(number.digits().equals("1"), number.at()),
            binary.at());
      }
      if (binary.operator() == Operator.AND || binary.operator() == Operator.OR) {
        return new Binary(
            binary.operator(),
            booleanNumbers(binary.left(), isBoolean),
            booleanNumbers(binary.right(), isBoolean),
            binary.at());
      }
    }
    return expression;
  }
}
