package io.dbkeep.domain.studio;

import java.util.List;
import java.util.Objects;

/** A unique constraint (not the primary key) over {@code columns}. */
public record UniqueConstraintInfo(String name, List<String> columns) {

  public UniqueConstraintInfo {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
  }
}
