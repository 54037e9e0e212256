package io.dbkeep.domain.schema.diff;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import java.util.List;

/**
 * Which type changes keep every value: a longer CHAR/VARCHAR, a DECIMAL with at least as many
 * digits on each side of the point, a larger integer, REAL to DOUBLE PRECISION, and any text type
 * to TEXT. Every other change of type narrows (values may be cut or refused).
 */
final class TypeWidening {

  private static final List<ColumnType> INTEGERS =
      List.of(ColumnType.SMALLINT, ColumnType.INTEGER, ColumnType.BIGINT);

  private TypeWidening() {}

  static boolean narrows(Column old, Column column) {
    var from = old.type().withoutAutoIncrement().comparable();
    var to = column.type().withoutAutoIncrement().comparable();
    if (from == to) {
      if (from.takesLength()) {
        return column.length().isDefined()
            && (old.length().isEmpty() || column.length().get() < old.length().get());
      }
      if (from.takesPrecision()) {
        if (column.precision().isEmpty()) {
          return false;
        }
        if (old.precision().isEmpty()) {
          return true;
        }
        int oldScale = old.scale().getOrElse(0);
        int newScale = column.scale().getOrElse(0);
        return newScale < oldScale
            || column.precision().get() - newScale < old.precision().get() - oldScale;
      }
      if (from.isVector()) {
        return !old.dimension().equals(column.dimension());
      }
      return from == ColumnType.ENUM && !old.enumId().equals(column.enumId());
    }
    if (INTEGERS.contains(from) && INTEGERS.contains(to)) {
      return INTEGERS.indexOf(to) < INTEGERS.indexOf(from);
    }
    if (from == ColumnType.REAL && to == ColumnType.DOUBLE_PRECISION) {
      return false;
    }
    if (to == ColumnType.TEXT) {
      return !(from == ColumnType.CHAR || from == ColumnType.VARCHAR || from == ColumnType.ENUM);
    }
    if (to == ColumnType.VARCHAR && from == ColumnType.CHAR) {
      return column.length().isDefined()
          && (old.length().isEmpty() || column.length().get() < old.length().get());
    }
    return true;
  }
}
