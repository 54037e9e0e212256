package io.dbkeep.domain.studio;

import java.util.Objects;

/**
 * One term of a row order: a column and its direction. NULLs come last ascending and first
 * descending, on every engine.
 */
public record OrderKey(ColumnInfo column, SortDirection direction) {

  public OrderKey {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(direction, "direction");
  }

  /** Whether NULLs of this key come before the other values. */
  public boolean nullsFirst() {
    return direction == SortDirection.DESC;
  }

  /** The same column in the opposite order (and NULLs on the other side). */
  public OrderKey reversed() {
    return new OrderKey(
        column, direction == SortDirection.ASC ? SortDirection.DESC : SortDirection.ASC);
  }
}
