package io.dbkeep.domain.studio;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key: {@code columns} of this table reference {@code referencedColumns} of {@code
 * referenced}, pairwise in order.
 */
public record ForeignKeyInfo(
    String name,
    List<String> columns,
    TableRef referenced,
    List<String> referencedColumns,
    ReferentialAction onDelete,
    ReferentialAction onUpdate) {

  public ForeignKeyInfo {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    Objects.requireNonNull(referenced, "referenced");
    referencedColumns = List.copyOf(referencedColumns);
    Objects.requireNonNull(onDelete, "onDelete");
    Objects.requireNonNull(onUpdate, "onUpdate");
  }
}
