package io.dbkeep.domain.studio;

import io.dbkeep.domain.json.JsonValue;
import java.util.List;

/**
 * Where a keyset page starts or ends: the sort column's value (when sorting by a column that is not
 * the primary key) followed by the primary key's values, of the row at the page's edge.
 */
public record RowCursor(List<JsonValue> values) {

  public RowCursor {
    values = List.copyOf(values);
  }
}
