package io.dbkeep.domain.studio;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * One entry of the table list.
 *
 * @param rowCount the number of rows: exact when {@code rowCountExact}, otherwise the planner's
 *     estimate; none when unknown (views are not counted unless asked)
 */
public record TableSummary(
    TableRef table, TableKind kind, Option<Long> rowCount, boolean rowCountExact) {

  public TableSummary {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(kind, "kind");
    rowCount = Objects.requireNonNull(rowCount, "rowCount").map(n -> Math.max(0L, n));
    if (rowCount.isEmpty() && rowCountExact) {
      throw new IllegalArgumentException("an unknown count cannot be exact");
    }
  }

  public static TableSummary exact(TableRef table, TableKind kind, long rows) {
    return new TableSummary(table, kind, Option.of(rows), true);
  }

  public static TableSummary estimated(TableRef table, TableKind kind, long rows) {
    return new TableSummary(table, kind, Option.of(rows), false);
  }

  public static TableSummary uncounted(TableRef table, TableKind kind) {
    return new TableSummary(table, kind, Option.none(), false);
  }
}
