package io.dbkeep.domain.studio;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * The complete order of a table's rows for a sort: the sorted column first, then the primary key's
 * columns (in the sort's direction) so that every row has one place. A {@link RowCursor} holds one
 * value per key. A table without a primary key has no total order and so no keyset paging.
 */
public record RowOrder(List<OrderKey> keys, boolean total) {

  public RowOrder {
    keys = List.copyOf(keys);
  }

  /**
   * The order of {@code table}'s rows for {@code sort}; the sort's column must be a column of the
   * table.
   */
  public static RowOrder of(TableStructure table, Option<RowSort> sort) {
    var keys = new ArrayList<OrderKey>();
    var direction = sort.map(RowSort::direction).getOrElse(SortDirection.ASC);
    sort.forEach(
        s ->
            keys.add(
                new OrderKey(
                    table
                        .column(s.column())
                        .getOrElseThrow(
                            () -> new IllegalArgumentException("unknown column " + s.column())),
                    s.direction())));
    for (var key : table.primaryKeyColumns()) {
      if (keys.stream().noneMatch(k -> k.column().name().equals(key.name()))) {
        keys.add(new OrderKey(key, direction));
      }
    }
    return new RowOrder(keys, !table.primaryKey().isEmpty());
  }

  /** The same order backwards. */
  public RowOrder reversed() {
    return new RowOrder(keys.stream().map(OrderKey::reversed).toList(), total);
  }
}
