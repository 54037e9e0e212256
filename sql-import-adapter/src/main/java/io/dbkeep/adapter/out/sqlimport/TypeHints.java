package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.adapter.out.sqlimport.Draft.ColumnDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.TableDraft;
import io.dbkeep.domain.schema.ColumnType;
import io.vavr.control.Option;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Types an engine lost that the rest of a dump tells back, applied to the drafts before they become
 * a document: what checks tell (SQLite's booleans and dates), carried across foreign keys, and
 * SQLite's BIGSERIAL keys told by the 64-bit columns referencing them.
 */
final class TypeHints {

  private final Draft draft;

  TypeHints(Draft draft) {
    this.draft = draft;
  }

  /** Applies every hint to {@code all}, the draft's tables, in place. */
  void apply(List<TableDraft> all) {
    checkHints(all);
    booleansAcrossForeignKeys(all);
    widenReferencedSerials(all);
  }

  /**
   * What checks tell about types an engine lost (SQLite's booleans and dates), applied before
   * referencing columns take their keys' types.
   */
  private static void checkHints(List<TableDraft> all) {
    for (var draftTable : all) {
      for (var draftCheck : draftTable.checks) {
        for (var name : CheckHints.conditionColumns(draftCheck.expression())) {
          draftTable
              .column(name)
              .filter(c -> c.type == ColumnType.INTEGER && !c.autoIncrement)
              .forEach(
                  c -> {
                    c.type = ColumnType.BOOLEAN;
                    c.inferredFrom = Option.of(ColumnType.INTEGER);
                  });
        }
        // SQLite keeps dates as TEXT: a TEXT column compared with a column a clock default showed
        // to be a date is one too
        for (var pair : CheckHints.comparedColumns(draftCheck.expression())) {
          var left = draftTable.column(pair.get(0));
          var right = draftTable.column(pair.get(1));
          if (left.isDefined() && right.isDefined()) {
            textAsDate(left.get(), right.get());
            textAsDate(right.get(), left.get());
          }
        }
      }
    }
  }

  private static void textAsDate(ColumnDraft text, ColumnDraft date) {
    if (text.type == ColumnType.TEXT
        && text.inferredFrom.isEmpty()
        && date.inferredFrom.contains(ColumnType.TEXT)
        && (date.type == ColumnType.DATE
            || date.type == ColumnType.TIME
            || date.type == ColumnType.TIMESTAMP)) {
      text.type = date.type;
      text.inferredFrom = Option.of(ColumnType.TEXT);
    }
  }

  /**
   * A column and the column it references hold the same values, so a BOOLEAN that a check told
   * (SQLite's INTEGER used as a condition) is one on the other side of each foreign key too, and so
   * on through the keys, while the other side is a plain INTEGER: otherwise the document would have
   * a BOOLEAN referencing an INTEGER, which no engine's export takes. A worklist, so a long chain
   * of keys costs one visit per column.
   */
  private void booleansAcrossForeignKeys(List<TableDraft> all) {
    var joined = new HashMap<ColumnDraft, List<ColumnDraft>>();
    forEachKeyPair(
        all,
        (referencing, referenced) -> {
          joined.computeIfAbsent(referenced, k -> new ArrayList<>()).add(referencing);
          joined.computeIfAbsent(referencing, k -> new ArrayList<>()).add(referenced);
        });
    var pending = new ArrayDeque<ColumnDraft>();
    for (var column : joined.keySet()) {
      if (column.type == ColumnType.BOOLEAN && column.inferredFrom.contains(ColumnType.INTEGER)) {
        pending.add(column);
      }
    }
    while (!pending.isEmpty()) {
      for (var other : joined.getOrDefault(pending.poll(), List.of())) {
        if (other.type == ColumnType.INTEGER && !other.autoIncrement) {
          other.type = ColumnType.BOOLEAN;
          other.inferredFrom = Option.of(ColumnType.INTEGER);
          pending.add(other);
        }
      }
    }
  }

  /**
   * SQLite writes SERIAL and BIGSERIAL alike ({@code INTEGER … AUTOINCREMENT}); a 64-bit column
   * referencing such a key tells which it was, so the key is read as BIGSERIAL then.
   */
  private void widenReferencedSerials(List<TableDraft> all) {
    forEachKeyPair(
        all,
        (referencing, referenced) -> {
          if (referenced.inferredFrom.contains(referencing.type)) {
            // the key's type was told by its default; the columns referencing it share it
            referencing.type = referenced.type;
            referencing.length = referenced.length;
          }
          if (referenced.autoIncrement
              && referenced.type == ColumnType.INTEGER
              && referencing.type == ColumnType.BIGINT) {
            referenced.type = ColumnType.BIGINT;
          }
        });
  }

  /**
   * Each column of each foreign key whose table and columns the draft has, with the column it
   * references (the target's primary key when the key names no columns), in the dump's order.
   */
  private void forEachKeyPair(
      List<TableDraft> all, BiConsumer<ColumnDraft, ColumnDraft> referencingAndReferenced) {
    for (var source : all) {
      for (var foreignKey : source.foreignKeys) {
        var target = draft.table(foreignKey.targetKey(), foreignKey.targetQualified());
        if (target.isEmpty()) {
          continue;
        }
        var targetColumns =
            foreignKey.targetColumns().isEmpty()
                ? target.get().primaryKey
                : foreignKey.targetColumns();
        for (int i = 0; i < Math.min(targetColumns.size(), foreignKey.columns().size()); i++) {
          var referenced = target.get().column(targetColumns.get(i));
          var referencing = source.column(foreignKey.columns().get(i));
          if (referenced.isDefined() && referencing.isDefined()) {
            referencingAndReferenced.accept(referencing.get(), referenced.get());
          }
        }
      }
    }
  }
}
