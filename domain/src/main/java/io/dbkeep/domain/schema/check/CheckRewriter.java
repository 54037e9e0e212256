package io.dbkeep.domain.schema.check;

import io.dbkeep.domain.schema.check.CheckExpression.Between;
import io.dbkeep.domain.schema.check.CheckExpression.Binary;
import io.dbkeep.domain.schema.check.CheckExpression.Call;
import io.dbkeep.domain.schema.check.CheckExpression.ColumnRef;
import io.dbkeep.domain.schema.check.CheckExpression.In;
import io.dbkeep.domain.schema.check.CheckExpression.IsNull;
import io.dbkeep.domain.schema.check.CheckExpression.Like;
import io.dbkeep.domain.schema.check.CheckExpression.Negate;
import io.dbkeep.domain.schema.check.CheckExpression.Not;
import java.util.ArrayList;
import java.util.function.UnaryOperator;

/**
 * Rewrites the column names of a {@link CheckExpression}: an import resolving names as its engine
 * does, a designer or migration following a renamed column. Pure and thread-safe.
 */
public final class CheckRewriter {

  private CheckRewriter() {}

  /** {@code expression} with every column name {@code n} replaced by {@code rename(n)}. */
  public static CheckExpression renameColumns(
      CheckExpression expression, UnaryOperator<String> rename) {
    if (expression instanceof ColumnRef column) {
      return new ColumnRef(rename.apply(column.name()), column.at());
    }
    if (expression instanceof Not not) {
      return new Not(renameColumns(not.operand(), rename), not.at());
    }
    if (expression instanceof Negate negate) {
      return new Negate(renameColumns(negate.operand(), rename), negate.at());
    }
    if (expression instanceof Binary binary) {
      return new Binary(
          binary.operator(),
          renameColumns(binary.left(), rename),
          renameColumns(binary.right(), rename),
          binary.at());
    }
    if (expression instanceof IsNull isNull) {
      return new IsNull(renameColumns(isNull.operand(), rename), isNull.negated(), isNull.at());
    }
    if (expression instanceof In in) {
      return new In(renameColumns(in.operand(), rename), in.values(), in.negated(), in.at());
    }
    if (expression instanceof Between between) {
      return new Between(
          renameColumns(between.operand(), rename),
          renameColumns(between.low(), rename),
          renameColumns(between.high(), rename),
          between.negated(),
          between.at());
    }
    if (expression instanceof Like like) {
      return new Like(
          renameColumns(like.operand(), rename), like.pattern(), like.negated(), like.at());
    }
    if (expression instanceof Call call) {
      var arguments = new ArrayList<CheckExpression>();
      call.arguments().forEach(argument -> arguments.add(renameColumns(argument, rename)));
      return new Call(call.function(), arguments, call.at());
    }
    return expression;
  }
}
