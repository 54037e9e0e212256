package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonObject;
import java.util.Objects;

/**
 * One column pair of a composite {@link Relation}: the referencing column of the source table and
 * the column of the target table it references.
 *
 * @param sourceColumnId the id of a column of the relation's source table
 * @param targetColumnId the id of a column of the relation's target table
 * @param extra unknown members, kept in order
 */
public record ColumnPair(String sourceColumnId, String targetColumnId, JsonObject extra) {

  public ColumnPair {
    Objects.requireNonNull(sourceColumnId, "sourceColumnId");
    Objects.requireNonNull(targetColumnId, "targetColumnId");
    Objects.requireNonNull(extra, "extra");
  }

  public static ColumnPair of(String sourceColumnId, String targetColumnId) {
    return new ColumnPair(sourceColumnId, targetColumnId, JsonObject.empty());
  }
}
