package io.dbkeep.domain.studio;

import io.dbkeep.domain.json.JsonValue;
import java.util.List;
import java.util.Objects;

/** What one statement of the SQL console produced: rows, or a count of affected rows. */
public sealed interface StatementResult permits StatementResult.Rows, StatementResult.Affected {

  /** At most the row limit of a query's result; {@code truncated} when it had more. */
  record Rows(List<ResultColumn> columns, List<List<JsonValue>> rows, boolean truncated)
      implements StatementResult {
    public Rows {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** The affected row count of DML (0 for DDL). */
  record Affected(long count) implements StatementResult {}

  /** A result column: its label and the engine's type name. */
  record ResultColumn(String name, String type) {
    public ResultColumn {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }
}
