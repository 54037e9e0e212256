package io.dbkeep.domain.schema.diff;

import io.dbkeep.domain.schema.Check;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.Index;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.check.CheckParser;
import io.dbkeep.domain.schema.check.CheckRenderer;
import io.dbkeep.domain.schema.diff.SchemaChange.Kind;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changes that turn one version of a schema document into another, matched by the documents'
 * stable ids (tables, columns, relations, indexes, enums), so renames are exact.
 *
 * <p>Order: enums added, renamed and changed; tables in the newer document's order (added, renamed,
 * comment, then each column's changes in column order, then indexes), tables dropped; relations;
 * enums dropped. A change is <em>destructive</em> when applying it loses data or can fail on
 * existing rows: a dropped table, column or N:M relation (its junction table), a narrowed type, NOT
 * NULL on a nullable column without a default, a removed enum value, a column made unique or part
 * of the primary key (duplicates fail), and a unique or key column added with a fixed default
 * (every existing row gets the same value: fails as soon as the table has two rows).
 *
 * <p>Canvas-only members (positions, colours, groups, notes, handle positions) are not changes.
 * Pure and thread-safe.
 */
public final class SchemaDiff {

  private SchemaDiff() {}

  /**
   * The ordered changes from {@code from} to {@code to}; empty when they define the same schema.
   */
  public static List<SchemaChange> between(SchemaDocument from, SchemaDocument to) {
    var changes = new ArrayList<SchemaChange>();
    var oldEnums = byId(from.enums(), EnumType::id);
    for (var type : to.enums()) {
      var old = oldEnums.get(type.id());
      if (old == null) {
        changes.add(change(Kind.ENUM_ADDED, type.name(), type.id(), null, values(type), false));
        continue;
      }
      if (!old.name().equals(type.name())) {
        changes.add(
            change(Kind.ENUM_RENAMED, type.name(), type.id(), old.name(), type.name(), false));
      }
      var values = EnumValueChanges.between(old.values(), type.values());
      values
          .renamed()
          .forEach(
              (before, after) ->
                  changes.add(
                      change(
                          Kind.ENUM_VALUE_RENAMED, type.name(), type.id(), before, after, false)));
      values
          .removed()
          .forEach(
              value ->
                  changes.add(
                      change(Kind.ENUM_VALUE_REMOVED, type.name(), type.id(), value, null, true)));
      values
          .added()
          .forEach(
              value ->
                  changes.add(
                      change(Kind.ENUM_VALUE_ADDED, type.name(), type.id(), null, value, false)));
      if (values.reordered()) {
        changes.add(
            change(
                Kind.ENUM_VALUES_REORDERED,
                type.name(),
                type.id(),
                values(old),
                values(type),
                false));
      }
    }

    var oldTables = byId(from.tables(), Table::id);
    var newTables = byId(to.tables(), Table::id);
    for (var table : to.tables()) {
      var old = oldTables.get(table.id());
      if (old == null) {
        changes.add(change(Kind.TABLE_ADDED, table.name(), table.id(), null, null, false));
        continue;
      }
      table(old, table, from, to, changes);
    }
    for (var old : from.tables()) {
      if (!newTables.containsKey(old.id())) {
        changes.add(change(Kind.TABLE_DROPPED, old.name(), old.id(), null, null, true));
      }
    }

    var oldRelations = byId(from.relations(), Relation::id);
    var newRelations = byId(to.relations(), Relation::id);
    for (var relation : to.relations()) {
      var old = oldRelations.get(relation.id());
      if (old == null) {
        changes.add(
            change(
                Kind.RELATION_ADDED,
                relationSubject(relation, to),
                relation.id(),
                null,
                relationText(relation, to),
                false));
      } else if (!relationKey(old).equals(relationKey(relation))
          || !old.name().equals(relation.name())) {
        changes.add(
            change(
                Kind.RELATION_CHANGED,
                relationSubject(relation, to),
                relation.id(),
                relationText(old, from) + old.name().map(n -> " " + n).getOrElse(""),
                relationText(relation, to) + relation.name().map(n -> " " + n).getOrElse(""),
                false));
      }
    }
    for (var old : from.relations()) {
      if (!newRelations.containsKey(old.id())) {
        changes.add(
            change(
                Kind.RELATION_DROPPED,
                relationSubject(old, from),
                old.id(),
                relationText(old, from),
                null,
                old.type() == RelationType.MANY_TO_MANY));
      }
    }

    var newEnums = byId(to.enums(), EnumType::id);
    for (var old : from.enums()) {
      if (!newEnums.containsKey(old.id())) {
        changes.add(change(Kind.ENUM_DROPPED, old.name(), old.id(), values(old), null, false));
      }
    }
    return List.copyOf(changes);
  }

  private static void table(
      Table old, Table table, SchemaDocument from, SchemaDocument to, List<SchemaChange> changes) {
    if (!old.name().equals(table.name())) {
      changes.add(
          change(Kind.TABLE_RENAMED, table.name(), table.id(), old.name(), table.name(), false));
    }
    if (!old.comment().equals(table.comment())) {
      changes.add(
          change(
              Kind.TABLE_COMMENT_CHANGED,
              table.name(),
              table.id(),
              old.comment().getOrNull(),
              table.comment().getOrNull(),
              false));
    }
    var oldColumns = byId(old.columns(), Column::id);
    var newColumns = byId(table.columns(), Column::id);
    for (var column : table.columns()) {
      var subject = table.name() + "." + column.name();
      var id = table.id() + "/" + column.id();
      var before = oldColumns.get(column.id());
      if (before == null) {
        changes.add(
            change(
                Kind.COLUMN_ADDED,
                subject,
                id,
                null,
                typeText(column, to),
                (!column.nullable()
                        && !column.primaryKey()
                        && column.defaultValue().filter(d -> !d.isBlank()).isEmpty()
                        && !column.type().isSerial())
                    || sameValueInEveryRow(column)));
        continue;
      }
      column(before, column, subject, id, from, to, changes);
    }
    for (var before : old.columns()) {
      if (!newColumns.containsKey(before.id())) {
        changes.add(
            change(
                Kind.COLUMN_DROPPED,
                table.name() + "." + before.name(),
                table.id() + "/" + before.id(),
                typeText(before, from),
                null,
                true));
      }
    }
    var oldIndexes = byId(old.indexes(), Index::id);
    var newIndexes = byId(table.indexes(), Index::id);
    for (var index : table.indexes()) {
      var before = oldIndexes.get(index.id());
      var text = indexText(index, table);
      if (before == null) {
        changes.add(change(Kind.INDEX_ADDED, table.name(), index.id(), null, text, false));
      } else if (!indexText(before, old).equals(text)
          || !before.name().equals(index.name())
          || !sameColumns(before, index)) {
        changes.add(
            change(
                Kind.INDEX_DROPPED, old.name(), before.id(), indexText(before, old), null, false));
        changes.add(change(Kind.INDEX_ADDED, table.name(), index.id(), null, text, false));
      }
    }
    for (var before : old.indexes()) {
      if (!newIndexes.containsKey(before.id())) {
        changes.add(
            change(
                Kind.INDEX_DROPPED, old.name(), before.id(), indexText(before, old), null, false));
      }
    }
    checks(old, table, changes);
  }

  /**
   * Checks matched by id: added and changed ones are data-dependent (existing rows may break them),
   * a dropped one loses nothing. A check is changed when its name or its expression (in the neutral
   * form, so spacing and case of keywords do not count) differs.
   */
  private static void checks(Table old, Table table, List<SchemaChange> changes) {
    var oldChecks = byId(old.checks(), Check::id);
    var newChecks = byId(table.checks(), Check::id);
    for (var check : table.checks()) {
      var before = oldChecks.get(check.id());
      var id = table.id() + "/check:" + check.id();
      if (before == null) {
        changes.add(change(Kind.CHECK_ADDED, table.name(), id, null, checkText(check), true));
      } else if (!checkText(before).equals(checkText(check))) {
        changes.add(
            change(
                Kind.CHECK_CHANGED, table.name(), id, checkText(before), checkText(check), true));
      }
    }
    for (var before : old.checks()) {
      if (!newChecks.containsKey(before.id())) {
        changes.add(
            change(
                Kind.CHECK_DROPPED,
                old.name(),
                old.id() + "/check:" + before.id(),
                checkText(before),
                null,
                false));
      }
    }
  }

  private static String checkText(Check check) {
    var expression =
        CheckParser.parse(check.expression())
            .map(CheckRenderer::neutral)
            .getOrElse(check.expression());
    return check.name().map(n -> n + " ").getOrElse("") + "CHECK (" + expression + ")";
  }

  private static boolean sameColumns(Index a, Index b) {
    return a.columnIds().equals(b.columnIds()) && a.unique() == b.unique();
  }

  private static void column(
      Column old,
      Column column,
      String subject,
      String id,
      SchemaDocument from,
      SchemaDocument to,
      List<SchemaChange> changes) {
    if (!old.name().equals(column.name())) {
      changes.add(change(Kind.COLUMN_RENAMED, subject, id, old.name(), column.name(), false));
    }
    var oldBase = old.type().withoutAutoIncrement();
    var newBase = column.type().withoutAutoIncrement();
    if (oldBase != newBase) {
      changes.add(
          change(
              Kind.COLUMN_TYPE_CHANGED,
              subject,
              id,
              typeText(old, from),
              typeText(column, to),
              TypeWidening.narrows(old, column)));
    } else {
      if (!old.length().equals(column.length())) {
        changes.add(
            change(
                Kind.COLUMN_LENGTH_CHANGED,
                subject,
                id,
                text(old.length()),
                text(column.length()),
                TypeWidening.narrows(old, column)));
      }
      if (!old.precision().equals(column.precision())) {
        changes.add(
            change(
                Kind.COLUMN_PRECISION_CHANGED,
                subject,
                id,
                text(old.precision()),
                text(column.precision()),
                TypeWidening.narrows(old, column)));
      }
      if (!old.scale().equals(column.scale())) {
        changes.add(
            change(
                Kind.COLUMN_SCALE_CHANGED,
                subject,
                id,
                text(old.scale()),
                text(column.scale()),
                TypeWidening.narrows(old, column)));
      }
      if (!old.dimension().equals(column.dimension())) {
        changes.add(
            change(
                Kind.COLUMN_DIMENSION_CHANGED,
                subject,
                id,
                text(old.dimension()),
                text(column.dimension()),
                true));
      }
      if (oldBase == ColumnType.ENUM && !old.enumId().equals(column.enumId())) {
        changes.add(
            change(
                Kind.COLUMN_ENUM_CHANGED,
                subject,
                id,
                enumName(old, from),
                enumName(column, to),
                true));
      }
    }
    var oldNullable = old.nullable() && !old.primaryKey() && !old.type().isSerial();
    var newNullable = column.nullable() && !column.primaryKey() && !column.type().isSerial();
    if (oldNullable != newNullable) {
      changes.add(
          change(
              Kind.COLUMN_NULLABILITY_CHANGED,
              subject,
              id,
              oldNullable ? "NULL" : "NOT NULL",
              newNullable ? "NULL" : "NOT NULL",
              !newNullable && column.defaultValue().filter(d -> !d.isBlank()).isEmpty()));
    }
    var oldDefault = old.defaultValue().filter(d -> !d.isBlank());
    var newDefault = column.defaultValue().filter(d -> !d.isBlank());
    if (!oldDefault.equals(newDefault)) {
      changes.add(
          change(
              Kind.COLUMN_DEFAULT_CHANGED,
              subject,
              id,
              oldDefault.getOrNull(),
              newDefault.getOrNull(),
              false));
    }
    if (old.unique() != column.unique()) {
      changes.add(
          change(
              Kind.COLUMN_UNIQUE_CHANGED,
              subject,
              id,
              String.valueOf(old.unique()),
              String.valueOf(column.unique()),
              column.unique()));
    }
    if (old.primaryKey() != column.primaryKey()) {
      changes.add(
          change(
              Kind.COLUMN_PRIMARY_KEY_CHANGED,
              subject,
              id,
              String.valueOf(old.primaryKey()),
              String.valueOf(column.primaryKey()),
              column.primaryKey()));
    }
    if (old.type().isSerial() != column.type().isSerial()) {
      changes.add(
          change(
              Kind.COLUMN_AUTO_INCREMENT_CHANGED,
              subject,
              id,
              String.valueOf(old.type().isSerial()),
              String.valueOf(column.type().isSerial()),
              false));
    }
    if (!old.comment().equals(column.comment())) {
      changes.add(
          change(
              Kind.COLUMN_COMMENT_CHANGED,
              subject,
              id,
              old.comment().getOrNull(),
              column.comment().getOrNull(),
              false));
    }
  }

  /**
   * The type as people write it, e.g. {@code VARCHAR(40)}, {@code NUMERIC(10,2)}, {@code ENUM
   * status}.
   */
  static String typeText(Column column, SchemaDocument document) {
    var type = column.type();
    var text = type.wireName();
    if (type.takesLength()) {
      text += column.length().map(n -> "(" + n + ")").getOrElse("");
    } else if (type.takesPrecision() && column.precision().isDefined()) {
      text += "(" + column.precision().get() + column.scale().map(s -> "," + s).getOrElse("") + ")";
    } else if (type.isVector()) {
      text += column.dimension().map(n -> "(" + n + ")").getOrElse("");
    } else if (type == ColumnType.ENUM) {
      text += " " + enumName(column, document);
    }
    return text;
  }

  private static String enumName(Column column, SchemaDocument document) {
    return column
        .enumId()
        .flatMap(document::enumType)
        .map(EnumType::name)
        .getOrElse(() -> column.enumId().getOrElse("?"));
  }

  private static String relationSubject(Relation relation, SchemaDocument document) {
    return tableName(relation.sourceTableId(), document)
        + " -> "
        + tableName(relation.targetTableId(), document);
  }

  private static String relationText(Relation relation, SchemaDocument document) {
    return relation.type().name()
        + " "
        + columnNames(relation.sourceTableId(), relation.sourceColumnIds(), document)
        + " -> "
        + columnNames(relation.targetTableId(), relation.targetColumnIds(), document)
        + relation.onDelete().map(a -> " ON DELETE " + a.sql()).getOrElse("")
        + relation.onUpdate().map(a -> " ON UPDATE " + a.sql()).getOrElse("");
  }

  /** What a relation is, by ids: renaming its tables or columns does not change it. */
  private static List<Object> relationKey(Relation relation) {
    return List.of(
        relation.type(),
        relation.sourceTableId(),
        relation.sourceColumnIds(),
        relation.targetTableId(),
        relation.targetColumnIds(),
        relation.onDelete(),
        relation.onUpdate());
  }

  private static String tableName(String tableId, SchemaDocument document) {
    return document.table(tableId).map(Table::name).getOrElse(tableId);
  }

  /** One column's name, or several in parentheses (a composite foreign key). */
  private static String columnNames(
      String tableId, List<String> columnIds, SchemaDocument document) {
    if (columnIds.size() == 1) {
      return columnName(tableId, columnIds.get(0), document);
    }
    var names = new ArrayList<String>();
    columnIds.forEach(id -> names.add(columnName(tableId, id, document)));
    return "(" + String.join(", ", names) + ")";
  }

  private static String columnName(String tableId, String columnId, SchemaDocument document) {
    return document
        .table(tableId)
        .map(t -> t.name() + "." + t.column(columnId).map(Column::name).getOrElse(columnId))
        .getOrElse(tableId + "." + columnId);
  }

  private static String indexText(Index index, Table table) {
    var columns = new ArrayList<String>();
    index.columnIds().forEach(id -> columns.add(table.column(id).map(Column::name).getOrElse(id)));
    return (index.unique() ? "UNIQUE " : "")
        + index.name().map(n -> n + " ").getOrElse("")
        + "("
        + String.join(", ", columns)
        + ")";
  }

  private static String values(EnumType type) {
    return String.join(", ", type.values());
  }

  private static String text(Option<Integer> value) {
    return value.map(String::valueOf).getOrElse("none");
  }

  /**
   * Whether adding the column gives every existing row the same value where values must differ: a
   * unique or key column with a fixed default (a serial draws new values, so it does not).
   */
  private static boolean sameValueInEveryRow(Column column) {
    return (column.unique() || column.primaryKey())
        && !column.type().isSerial()
        && column.defaultValue().filter(d -> !d.isBlank()).isDefined();
  }

  private static SchemaChange change(
      Kind kind, String subject, String id, String before, String after, boolean destructive) {
    return new SchemaChange(kind, subject, id, Option.of(before), Option.of(after), destructive);
  }

  private static <T> Map<String, T> byId(List<T> items, java.util.function.Function<T, String> id) {
    var map = new HashMap<String, T>(items.size() * 2);
    for (var item : items) {
      map.putIfAbsent(Objects.requireNonNull(id.apply(item)), item);
    }
    return map;
  }
}
