package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonObject;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * An index of a table over one or more of its columns, in order.
 *
 * @param id the document's id, unique within its table
 * @param name the index name; none lets the exporter choose a deterministic one
 * @param columnIds the ids of the indexed columns of the same table
 * @param unique whether the index enforces uniqueness
 * @param extra unknown members, kept in order
 */
public record Index(
    String id, Option<String> name, List<String> columnIds, boolean unique, JsonObject extra) {

  public Index {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    columnIds = List.copyOf(columnIds);
    Objects.requireNonNull(extra, "extra");
  }

  public static Index of(String id, List<String> columnIds, boolean unique) {
    return new Index(id, Option.none(), columnIds, unique, JsonObject.empty());
  }

  public Index withName(String newName) {
    return new Index(id, Option.of(newName), columnIds, unique, extra);
  }
}
