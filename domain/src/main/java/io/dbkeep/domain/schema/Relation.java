package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonObject;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A relation between two tables. The <em>source</em> is the referencing (foreign-key) column, the
 * <em>target</em> the referenced column. A composite foreign key keeps its first column pair in
 * {@code sourceColumnId}/{@code targetColumnId} (what the original DBKeep reads) and the second to
 * last pairs, in order, in {@code additionalColumns} (empty for a single-column key). For {@link
 * RelationType#MANY_TO_MANY} the two tables are joined through a junction table instead (see
 * docs/schema-documents.md).
 *
 * @param id the document's id, unique among relations
 * @param name an optional name; for N:M it names the junction table
 * @param additionalColumns the 2nd to nth column pairs of a composite foreign key, in order
 * @param type the cardinality
 * @param onDelete the action on delete of the referenced row; none: the engine's default
 * @param onUpdate the action on update of the referenced key; none: the engine's default
 * @param sourceHandlePosition canvas only ({@code "left"}/{@code "right"})
 * @param targetHandlePosition canvas only
 * @param extra unknown members, kept in order
 */
public record Relation(
    String id,
    Option<String> name,
    String sourceTableId,
    String sourceColumnId,
    String targetTableId,
    String targetColumnId,
    List<ColumnPair> additionalColumns,
    RelationType type,
    Option<ReferentialAction> onDelete,
    Option<ReferentialAction> onUpdate,
    Option<String> sourceHandlePosition,
    Option<String> targetHandlePosition,
    JsonObject extra) {

  public Relation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sourceTableId, "sourceTableId");
    Objects.requireNonNull(sourceColumnId, "sourceColumnId");
    Objects.requireNonNull(targetTableId, "targetTableId");
    Objects.requireNonNull(targetColumnId, "targetColumnId");
    additionalColumns = List.copyOf(additionalColumns);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(onDelete, "onDelete");
    Objects.requireNonNull(onUpdate, "onUpdate");
    Objects.requireNonNull(sourceHandlePosition, "sourceHandlePosition");
    Objects.requireNonNull(targetHandlePosition, "targetHandlePosition");
    Objects.requireNonNull(extra, "extra");
  }

  /** A relation from the source (foreign-key) column to the target (referenced) column. */
  public static Relation of(
      String id,
      RelationType type,
      String sourceTableId,
      String sourceColumnId,
      String targetTableId,
      String targetColumnId) {
    return new Relation(
        id,
        Option.none(),
        sourceTableId,
        sourceColumnId,
        targetTableId,
        targetColumnId,
        List.of(),
        type,
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        JsonObject.empty());
  }

  public Relation withName(String newName) {
    return new Relation(
        id,
        Option.of(newName),
        sourceTableId,
        sourceColumnId,
        targetTableId,
        targetColumnId,
        additionalColumns,
        type,
        onDelete,
        onUpdate,
        sourceHandlePosition,
        targetHandlePosition,
        extra);
  }

  public Relation withActions(
      Option<ReferentialAction> newOnDelete, Option<ReferentialAction> newOnUpdate) {
    return new Relation(
        id,
        name,
        sourceTableId,
        sourceColumnId,
        targetTableId,
        targetColumnId,
        additionalColumns,
        type,
        newOnDelete,
        newOnUpdate,
        sourceHandlePosition,
        targetHandlePosition,
        extra);
  }

  /** This relation with {@code pairs} as its 2nd to nth column pairs. */
  public Relation withAdditionalColumns(List<ColumnPair> pairs) {
    return new Relation(
        id,
        name,
        sourceTableId,
        sourceColumnId,
        targetTableId,
        targetColumnId,
        pairs,
        type,
        onDelete,
        onUpdate,
        sourceHandlePosition,
        targetHandlePosition,
        extra);
  }

  /** Whether the foreign key has more than one column. */
  public boolean isComposite() {
    return !additionalColumns.isEmpty();
  }

  /** Every column pair, the first one ({@code sourceColumnId}/{@code targetColumnId}) first. */
  public List<ColumnPair> pairs() {
    var result = new ArrayList<ColumnPair>(additionalColumns.size() + 1);
    result.add(ColumnPair.of(sourceColumnId, targetColumnId));
    result.addAll(additionalColumns);
    return result;
  }

  /** The source (referencing) column ids, in key order. */
  public List<String> sourceColumnIds() {
    var result = new ArrayList<String>(additionalColumns.size() + 1);
    result.add(sourceColumnId);
    additionalColumns.forEach(pair -> result.add(pair.sourceColumnId()));
    return result;
  }

  /** The target (referenced) column ids, in key order. */
  public List<String> targetColumnIds() {
    var result = new ArrayList<String>(additionalColumns.size() + 1);
    result.add(targetColumnId);
    additionalColumns.forEach(pair -> result.add(pair.targetColumnId()));
    return result;
  }
}
