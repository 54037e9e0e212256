package io.dbkeep.domain.schema.diff;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * One change between two versions of a schema document, matched by the document's stable ids: a
 * renamed table is a {@link Kind#TABLE_RENAMED}, never a drop and an add.
 *
 * @param kind what changed
 * @param subject the object in the newer document's words, e.g. {@code orders.total} (the older
 *     one's for drops)
 * @param id the changed object's id ({@code tableId}, {@code tableId/columnId}, relation, index,
 *     enum id, or {@code tableId/check:checkId})
 * @param before the old value as text (name, type, default, …), if it has one
 * @param after the new value as text, if it has one
 * @param destructive whether applying it can lose data or fail on existing rows (see {@link
 *     SchemaDiff})
 */
public record SchemaChange(
    Kind kind,
    String subject,
    String id,
    Option<String> before,
    Option<String> after,
    boolean destructive) {

  public SchemaChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** What kind of change, in the order {@link SchemaDiff} lists them within one object. */
  public enum Kind {
    ENUM_ADDED,
    ENUM_DROPPED,
    ENUM_RENAMED,
    ENUM_VALUE_ADDED,
    ENUM_VALUE_RENAMED,
    ENUM_VALUE_REMOVED,
    ENUM_VALUES_REORDERED,
    TABLE_ADDED,
    TABLE_DROPPED,
    TABLE_RENAMED,
    TABLE_COMMENT_CHANGED,
    COLUMN_ADDED,
    COLUMN_DROPPED,
    COLUMN_RENAMED,
    COLUMN_TYPE_CHANGED,
    COLUMN_LENGTH_CHANGED,
    COLUMN_PRECISION_CHANGED,
    COLUMN_SCALE_CHANGED,
    COLUMN_DIMENSION_CHANGED,
    COLUMN_ENUM_CHANGED,
    COLUMN_NULLABILITY_CHANGED,
    COLUMN_DEFAULT_CHANGED,
    COLUMN_UNIQUE_CHANGED,
    COLUMN_PRIMARY_KEY_CHANGED,
    COLUMN_AUTO_INCREMENT_CHANGED,
    COLUMN_COMMENT_CHANGED,
    INDEX_ADDED,
    INDEX_DROPPED,
    CHECK_ADDED,
    CHECK_DROPPED,
    CHECK_CHANGED,
    RELATION_ADDED,
    RELATION_DROPPED,
    RELATION_CHANGED;

    /** The wire spelling: the name in lower case, e.g. {@code column_renamed}. */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A sentence for people, e.g. {@code column renamed: orders.total (was sum)}. */
  public String describe() {
    var text = new StringBuilder(kind.wireName().replace('_', ' ')).append(": ").append(subject);
    if (before.isDefined() && after.isDefined()) {
      text.append(" (").append(before.get()).append(" -> ").append(after.get()).append(')');
    } else if (after.isDefined()) {
      text.append(" (").append(after.get()).append(')');
    } else if (before.isDefined()) {
      text.append(" (was ").append(before.get()).append(')');
    }
    return text.toString();
  }
}
