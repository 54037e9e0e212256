package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.diff.EnumValueChanges;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedForeignKey;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedTable;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Two plans of one engine matched by the documents' ids: the tables kept in both versions, each
 * with what changes in it ({@link TableMove}), and the foreign keys kept across the migration (the
 * same definition in both versions and nothing under it changed), some of them only renamed. What
 * the engine can keep comes from its {@link EngineMigrationSteps}: MySQL renames no foreign key and
 * drops them when keys or indexes change; SQLite rebuilds tables.
 */
final class MatchedPlans {

  final Map<String, PlannedTable> oldTables = new LinkedHashMap<>();
  final Map<String, PlannedTable> newTables = new LinkedHashMap<>();
  private final Map<String, String> oldTableIdByName = new HashMap<>();
  private final Map<String, String> newTableIdByName = new HashMap<>();
  private final Map<String, Table> oldDocTables = new HashMap<>();
  private final Map<String, Table> newDocTables = new HashMap<>();
  private final SchemaPlan after;
  private final boolean enumsAreTypes;

  /** The value changes of each enum kept in both versions, by id. */
  final Map<String, EnumValueChanges> enumChanges = new HashMap<>();

  /** Per table kept in both versions, in the new version's order: what happens to it. */
  final Map<String, TableMove> moves = new LinkedHashMap<>();

  // by identity: two tables may plan equal-looking keys, and a record's hash walks its lists
  private final Set<PlannedForeignKey> keptForeignKeys =
      Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<PlannedForeignKey> renamedForeignKeys =
      Collections.newSetFromMap(new IdentityHashMap<>());

  MatchedPlans(
      SchemaDocument from,
      SchemaDocument to,
      SchemaPlan before,
      SchemaPlan after,
      boolean enumsAreTypes) {
    this.after = after;
    this.enumsAreTypes = enumsAreTypes;
    for (var table : before.tables()) {
      oldTables.put(table.id(), table);
      oldTableIdByName.put(table.name(), table.id());
    }
    for (var table : after.tables()) {
      newTables.put(table.id(), table);
      newTableIdByName.put(table.name(), table.id());
    }
    from.tables().forEach(table -> oldDocTables.putIfAbsent(table.id(), table));
    to.tables().forEach(table -> newDocTables.putIfAbsent(table.id(), table));
    var oldEnums = new HashMap<String, EnumType>();
    from.enums().forEach(type -> oldEnums.put(type.id(), type));
    for (var type : to.enums()) {
      var old = oldEnums.get(type.id());
      if (old != null) {
        enumChanges.put(type.id(), EnumValueChanges.between(old.values(), type.values()));
      }
    }
  }

  /** Whether {@code key} (of either version) is kept by the migration. */
  boolean kept(PlannedForeignKey key) {
    return keptForeignKeys.contains(key);
  }

  /** Whether {@code key} (of the new version) is kept under a new name. */
  boolean renamed(PlannedForeignKey key) {
    return renamedForeignKeys.contains(key);
  }

  private String foreignKeySignature(
      PlannedTable table, PlannedForeignKey key, Map<String, String> idByName, boolean old) {
    var targetId = idByName.get(key.targetTable());
    var target = (old ? oldTables : newTables).get(targetId);
    return TableMove.ids(table, key.columns())
        + "->"
        + targetId
        + (target == null ? key.targetColumns() : TableMove.ids(target, key.targetColumns()))
        + key.onDelete().map(Enum::name).getOrElse("")
        + "/"
        + key.onUpdate().map(Enum::name).getOrElse("");
  }

  /** The signatures of {@code table}'s foreign keys, in the old or the new version. */
  Set<String> foreignKeySignatures(PlannedTable table, boolean old) {
    var result = new HashSet<String>();
    table
        .foreignKeys()
        .forEach(
            key ->
                result.add(
                    foreignKeySignature(
                        table, key, old ? oldTableIdByName : newTableIdByName, old)));
    return result;
  }

  /** Matches the tables and foreign keys, keeping what {@code steps}' engine can keep. */
  void match(EngineMigrationSteps steps) {
    for (var table : after.tables()) {
      var old = oldTables.get(table.id());
      if (old != null) {
        moves.put(
            table.id(),
            new TableMove(
                old,
                table,
                Option.of(oldDocTables.get(old.id())),
                Option.of(newDocTables.get(table.id())),
                enumChanges,
                enumsAreTypes));
      }
    }
    // foreign keys: kept when the same definition exists in both versions and nothing under it
    // changes; a kept one whose generated name changed is renamed where the engine can
    for (var move : moves.values()) {
      var newKeys = new HashMap<String, PlannedForeignKey>();
      for (var key : move.table.foreignKeys()) {
        newKeys.put(foreignKeySignature(move.table, key, newTableIdByName, false), key);
      }
      for (var key : move.old.foreignKeys()) {
        var signature = foreignKeySignature(move.old, key, oldTableIdByName, true);
        var match = newKeys.get(signature);
        if (match == null || !foreignKeyUntouched(move, key, steps)) {
          continue;
        }
        if (!match.name().equals(key.name()) && !steps.renamesForeignKeys()) {
          continue;
        }
        keptForeignKeys.add(key);
        keptForeignKeys.add(match);
        if (!match.name().equals(key.name())) {
          renamedForeignKeys.add(match);
        }
      }
    }
    for (var move : moves.values()) {
      move.rebuild = steps.needsRebuild(move);
    }
  }

  private boolean foreignKeyUntouched(
      TableMove move, PlannedForeignKey key, EngineMigrationSteps steps) {
    if (!steps.keepsForeignKeysOf(move)) {
      return false;
    }
    for (var id : move.oldIds(key.columns())) {
      if (!move.newColumns.containsKey(id) || move.changedColumns.contains(id)) {
        return false;
      }
    }
    var targetId = oldTableIdByName.get(key.targetTable());
    var target = moves.get(targetId);
    if (target == null || target.keysChanged) {
      return false;
    }
    for (var id : target.oldIds(key.targetColumns())) {
      if (!target.newColumns.containsKey(id) || target.changedColumns.contains(id)) {
        return false;
      }
    }
    return true;
  }

  PlannedForeignKey oldForeignKeyFor(TableMove move, PlannedForeignKey key) {
    var signature = foreignKeySignature(move.table, key, newTableIdByName, false);
    for (var old : move.old.foreignKeys()) {
      if (foreignKeySignature(move.old, old, oldTableIdByName, true).equals(signature)) {
        return old;
      }
    }
    throw new IllegalStateException("a kept foreign key has a counterpart");
  }
}
