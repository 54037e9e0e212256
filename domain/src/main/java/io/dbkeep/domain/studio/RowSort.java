package io.dbkeep.domain.studio;

import java.util.Objects;

/** Sort rows by {@code column}; ties are broken by the primary key, in the same direction. */
public record RowSort(String column, SortDirection direction) {

  public RowSort {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(direction, "direction");
  }
}
