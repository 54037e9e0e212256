package io.dbkeep.domain.studio;

import java.util.List;
import java.util.Objects;

/** A named enum type of the database (PostgreSQL {@code CREATE TYPE … AS ENUM}). */
public record EnumTypeInfo(String schema, String name, List<String> values) {

  public EnumTypeInfo {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    values = List.copyOf(values);
  }
}
