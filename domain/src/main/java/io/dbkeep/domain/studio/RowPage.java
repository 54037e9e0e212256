package io.dbkeep.domain.studio;

import io.dbkeep.domain.json.JsonObject;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * A page of rows, each a JSON object in column order.
 *
 * @param total the number of rows matching the filters: exact when {@code totalExact}, otherwise an
 *     estimate (a large table's planner estimate, or a lower bound when counting was capped)
 * @param next the cursor of the following page, none when this is the last page or the table has no
 *     primary key (use offsets then)
 * @param previous the cursor of the preceding page, none on the first page
 */
public record RowPage(
    List<JsonObject> rows,
    long total,
    boolean totalExact,
    Option<RowCursor> next,
    Option<RowCursor> previous,
    List<TruncatedCell> truncated) {

  public RowPage {
    rows = List.copyOf(rows);
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(previous, "previous");
    truncated = List.copyOf(truncated);
  }
}
