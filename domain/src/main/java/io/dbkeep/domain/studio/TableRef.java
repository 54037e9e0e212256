package io.dbkeep.domain.studio;

import java.util.Objects;

/**
 * A table or view of a live database, by schema and name, exactly as the catalog spells them
 * (SQLite's schema is {@code main}, MySQL's is the database).
 */
public record TableRef(String schema, String name) {

  public TableRef {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String toString() {
    return schema + "." + name;
  }
}
