package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.check.CheckParser;
import io.dbkeep.domain.schema.check.CheckTypes;
import io.dbkeep.domain.schema.diff.EnumValueChanges;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedCheck;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedColumn;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedTable;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table kept in both versions of a migration, matched by id: its old and new plan, its columns by
 * id, which of them change (type, nullability, default, auto-increment, check, renamed enum values)
 * and whether its keys change. {@code rebuild} is set once the engine has said whether it rebuilds
 * the table (SQLite).
 */
final class TableMove {

  final PlannedTable old;
  final PlannedTable table;
  final Map<String, PlannedColumn> oldColumns = new LinkedHashMap<>();
  final Map<String, PlannedColumn> newColumns = new LinkedHashMap<>();
  final Set<String> changedColumns = new HashSet<>();
  final Set<String> typeChanged = new HashSet<>();
  boolean keysChanged;
  boolean rebuild;

  /** The old table's checks that go (before columns change) and the new ones that come after. */
  final List<PlannedCheck> droppedChecks = new ArrayList<>();

  final List<PlannedCheck> addedChecks = new ArrayList<>();

  private final Option<Table> oldDoc;
  private final Option<Table> newDoc;
  private final Map<String, EnumValueChanges> enumChanges;
  private final boolean enumsAreTypes;

  /**
   * @param oldDoc and {@code newDoc}: the document's table in each version (its columns' enums)
   * @param enumChanges the value changes of each enum kept in both versions, by id
   * @param enumsAreTypes whether enums are types of their own, migrated as types (PostgreSQL)
   */
  TableMove(
      PlannedTable old,
      PlannedTable table,
      Option<Table> oldDoc,
      Option<Table> newDoc,
      Map<String, EnumValueChanges> enumChanges,
      boolean enumsAreTypes) {
    this.old = old;
    this.table = table;
    this.oldDoc = oldDoc;
    this.newDoc = newDoc;
    this.enumChanges = enumChanges;
    this.enumsAreTypes = enumsAreTypes;
    old.columns().forEach(c -> oldColumns.put(c.id(), c));
    table.columns().forEach(c -> newColumns.put(c.id(), c));
    for (var column : table.columns()) {
      var was = oldColumns.get(column.id());
      if (was == null) {
        continue;
      }
      if (typeChanged(was, column)) {
        typeChanged.add(column.id());
      }
      if (typeChanged.contains(column.id())
          || was.notNull() != column.notNull()
          || !was.defaultSql().equals(column.defaultSql())
          || was.autoIncrement() != column.autoIncrement()
          || !checkText(was).equals(checkText(column))
          || enumValuesChange(column)) {
        changedColumns.add(column.id());
      }
    }
    keysChanged =
        !primaryKeySignature(old).equals(primaryKeySignature(table))
            || !uniqueSignatures(old).equals(uniqueSignatures(table));
    matchChecks();
  }

  /**
   * A check is kept when the same id has the same name and the same SQL and none of its columns is
   * renamed or changes type; every other old check is dropped and every other new one added.
   * Renamed columns are not left to the engine: MySQL 8 refuses to rename a column a check uses.
   */
  private void matchChecks() {
    var oldById = new java.util.HashMap<String, PlannedCheck>();
    old.checks().forEach(check -> oldById.put(check.id(), check));
    var kept = new HashSet<String>();
    for (var check : table.checks()) {
      var was = oldById.get(check.id());
      if (was != null
          && was.name().equals(check.name())
          && was.sql().equals(check.sql())
          && columnsUnchanged(check.id())) {
        kept.add(check.id());
      } else {
        addedChecks.add(check);
      }
    }
    for (var check : old.checks()) {
      if (!kept.contains(check.id())) {
        droppedChecks.add(check);
      }
    }
  }

  private boolean columnsUnchanged(String checkId) {
    var check = newDoc.flatMap(t -> t.check(checkId));
    if (check.isEmpty() || newDoc.isEmpty()) {
      return false;
    }
    var parsed = CheckParser.parse(check.get().expression());
    if (parsed.isLeft()) {
      return false;
    }
    for (var name : CheckTypes.columnNames(parsed.get())) {
      var column = newDoc.get().columns().stream().filter(c -> c.name().equals(name)).findFirst();
      if (column.isEmpty()) {
        return false;
      }
      var id = column.get().id();
      var was = oldDocColumn(id);
      if (was.isEmpty() || !was.get().name().equals(name) || typeChanged.contains(id)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a check goes or comes. */
  boolean checksChanged() {
    return !droppedChecks.isEmpty() || !addedChecks.isEmpty();
  }

  /** Whether the primary key's columns change (a new key, a dropped one, other columns). */
  boolean primaryKeyChanged() {
    return !primaryKeySignature(old).equals(primaryKeySignature(table));
  }

  String oldName() {
    return old.name();
  }

  String name() {
    return table.name();
  }

  boolean renamed() {
    return !old.name().equals(table.name());
  }

  Option<Column> oldDocColumn(String columnId) {
    return oldDoc.flatMap(t -> t.column(columnId));
  }

  Option<Column> newDocColumn(String columnId) {
    return newDoc.flatMap(t -> t.column(columnId));
  }

  private boolean typeChanged(PlannedColumn was, PlannedColumn column) {
    var a = oldDocColumn(column.id());
    var b = newDocColumn(column.id());
    if (a.isDefined()
        && b.isDefined()
        && a.get().type() == ColumnType.ENUM
        && b.get().type() == ColumnType.ENUM
        && a.get().enumId().equals(b.get().enumId())) {
      // an enum type of its own is migrated as a type; an inline one is part of the column
      return !enumsAreTypes && !was.sqlType().equals(column.sqlType());
    }
    return !was.sqlType().equals(column.sqlType());
  }

  /** Whether the column keeps its enum and that enum's values are renamed (data to update). */
  boolean enumValuesChange(PlannedColumn column) {
    return enumOf(column.id()).map(c -> !c.renamed().isEmpty()).getOrElse(false);
  }

  /** The value changes of the column's enum, when it keeps the same enum. */
  Option<EnumValueChanges> enumOf(String columnId) {
    var a = oldDocColumn(columnId);
    var b = newDocColumn(columnId);
    if (a.isDefined()
        && b.isDefined()
        && a.get().type() == ColumnType.ENUM
        && b.get().type() == ColumnType.ENUM
        && a.get().enumId().equals(b.get().enumId())) {
      return Option.of(enumChanges.get(b.get().enumId().get()));
    }
    return Option.none();
  }

  List<String> oldIds(List<String> names) {
    return ids(old, names);
  }

  List<String> newIds(List<String> names) {
    return ids(table, names);
  }

  private static String checkText(PlannedColumn column) {
    return column.check().map(check -> check.columns().get(0)).getOrElse("");
  }

  static List<String> ids(PlannedTable table, List<String> names) {
    var result = new ArrayList<String>(names.size());
    for (var name : names) {
      for (var column : table.columns()) {
        if (column.name().equals(name)) {
          result.add(column.id());
          break;
        }
      }
    }
    return result;
  }

  static String primaryKeySignature(PlannedTable table) {
    return table.primaryKey().map(key -> ids(table, key.columns()).toString()).getOrElse("");
  }

  static Set<String> uniqueSignatures(PlannedTable table) {
    var result = new HashSet<String>();
    table.uniques().forEach(key -> result.add(ids(table, key.columns()).toString()));
    return result;
  }
}
