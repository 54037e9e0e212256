package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonObject;
import java.util.List;
import java.util.Objects;

/**
 * A named list of allowed values that {@link ColumnType#ENUM} columns refer to by {@code id}.
 *
 * @param id the document's id, unique among enums
 * @param name the type name (PostgreSQL creates a type of that name)
 * @param values the allowed values, in order
 * @param extra unknown members, kept in order
 */
public record EnumType(String id, String name, List<String> values, JsonObject extra) {

  public EnumType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    values = List.copyOf(values);
    Objects.requireNonNull(extra, "extra");
  }

  public static EnumType of(String id, String name, List<String> values) {
    return new EnumType(id, name, values, JsonObject.empty());
  }
}
