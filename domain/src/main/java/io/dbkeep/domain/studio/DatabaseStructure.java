package io.dbkeep.domain.studio;

import java.util.List;
import java.util.Objects;

/**
 * The structure of every table (not view) of a live database and its enum types: what introspection
 * turns into a schema document.
 */
public record DatabaseStructure(List<TableStructure> tables, List<EnumTypeInfo> enums) {

  public DatabaseStructure {
    tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
    enums = List.copyOf(Objects.requireNonNull(enums, "enums"));
  }
}
