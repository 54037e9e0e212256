package io.dbkeep.domain.studio;

import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * Which rows of a table to read: filters (AND), an optional sort, a page and its size.
 *
 * @param limit rows per page, 1 to {@link #MAX_LIMIT}
 * @param fullValues whether long text and large byte values come whole (otherwise they are cut for
 *     the grid and reported in {@link RowPage#truncated()})
 * @param exactTotal whether the total must be exact even when counting is expensive
 */
public record RowSelection(
    List<RowFilter> filters,
    Option<RowSort> sort,
    Paging paging,
    int limit,
    boolean fullValues,
    boolean exactTotal) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  public RowSelection {
    filters = List.copyOf(filters);
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(paging, "paging");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
  }

  /** The first page of default size, unfiltered and unsorted. */
  public static RowSelection firstPage() {
    return new RowSelection(List.of(), Option.none(), Paging.first(), DEFAULT_LIMIT, false, false);
  }
}
