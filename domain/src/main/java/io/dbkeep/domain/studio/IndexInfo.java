package io.dbkeep.domain.studio;

import java.util.List;
import java.util.Objects;

/**
 * An index of a live table. {@code columns} lists column names in index order; an expression part
 * is shown as its expression text.
 */
public record IndexInfo(String name, List<String> columns, boolean unique, boolean primary) {

  public IndexInfo {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
  }
}
