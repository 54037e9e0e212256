package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedColumn;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedForeignKey;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedIndex;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedKey;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MySQL's (and MariaDB's) part of a migration: no transaction (each ALTER commits), {@code MODIFY
 * COLUMN} with the whole definition (also for a comment), ENUM values renamed by widening, updating
 * and narrowing, AUTO_INCREMENT taken off before keys change and put back after, unique keys and
 * indexes dropped and renamed as indexes of their table, foreign keys dropped with the index MySQL
 * made for them and never renamed.
 */
final class MySqlMigrationSteps extends EngineMigrationSteps {

  MySqlMigrationSteps(MigrationWriter writer) {
    super(writer);
  }

  // ------------------------------------------------------------------------------ capabilities

  /** MySQL cannot rename a foreign key: one whose generated name changes is dropped and added. */
  @Override
  boolean renamesForeignKeys() {
    return false;
  }

  /**
   * A foreign key needs an index leading with its columns, and MySQL may have chosen any of the
   * table's keys and indexes for it: when they change, the foreign keys are dropped first and added
   * again after.
   */
  @Override
  boolean keepsForeignKeysOf(TableMove move) {
    return !move.keysChanged && indexSignatures(move.old).equals(indexSignatures(move.table));
  }

  private static Set<String> indexSignatures(PlannedTable table) {
    var result = new HashSet<String>();
    table
        .indexes()
        .forEach(index -> result.add(index.unique() + ":" + TableMove.ids(table, index.columns())));
    return result;
  }

  // -------------------------------------------------------------------------------- statements

  /**
   * {@code DROP FOREIGN KEY}; when no key or index served the foreign key, MySQL created an index
   * named after it, which stays behind and is dropped too.
   */
  @Override
  void dropForeignKey(PlannedTable table, PlannedForeignKey key) {
    w.statement("ALTER TABLE " + w.q(table.name()) + " DROP FOREIGN KEY " + w.q(key.name()));
    if (!servedByIndex(table, key.columns())) {
      w.statement("ALTER TABLE " + w.q(table.name()) + " DROP INDEX " + w.q(key.name()));
    }
  }

  /** Whether a key or index of {@code table} starts with {@code columns}. */
  private static boolean servedByIndex(PlannedTable table, List<String> columns) {
    var leading = new ArrayList<List<String>>();
    table.primaryKey().forEach(key -> leading.add(key.columns()));
    table.uniques().forEach(key -> leading.add(key.columns()));
    table.indexes().forEach(index -> leading.add(index.columns()));
    for (var candidate : leading) {
      if (candidate.size() >= columns.size()
          && candidate.subList(0, columns.size()).equals(columns)) {
        return true;
      }
    }
    return false;
  }

  /** An index belongs to its table: {@code ALTER TABLE … DROP INDEX}. */
  @Override
  void dropIndex(String table, PlannedIndex index) {
    w.statement("ALTER TABLE " + w.q(table) + " DROP INDEX " + w.q(index.name()));
  }

  /** A unique key is an index. */
  @Override
  void dropUnique(String table, PlannedKey unique) {
    w.statement("ALTER TABLE " + w.q(table) + " DROP INDEX " + w.q(unique.name()));
  }

  /** The primary key is always called PRIMARY. */
  @Override
  void dropPrimaryKey(String table, PlannedKey key) {
    w.statement("ALTER TABLE " + w.q(table) + " DROP PRIMARY KEY");
  }

  @Override
  void addPrimaryKey(String table, PlannedKey key) {
    w.statement("ALTER TABLE " + w.q(table) + " ADD PRIMARY KEY (" + w.names(key.columns()) + ")");
  }

  @Override
  void addUnique(String table, PlannedKey unique) {
    w.statement(
        "ALTER TABLE "
            + w.q(table)
            + " ADD UNIQUE KEY "
            + w.q(unique.name())
            + " ("
            + w.names(unique.columns())
            + ")");
  }

  @Override
  void renameTable(String from, String to) {
    w.statement("RENAME TABLE " + w.q(from) + " TO " + w.q(to));
  }

  @Override
  void renameUnique(String table, String from, String to) {
    renameIndex(table, from, to);
  }

  @Override
  void renameIndex(String table, String from, String to) {
    w.statement("ALTER TABLE " + w.q(table) + " RENAME INDEX " + w.q(from) + " TO " + w.q(to));
  }

  // ------------------------------------------------------------------------------------- hooks

  @Override
  void begin() {
    w.out.append(
        "\n-- MySQL commits each ALTER TABLE by itself: there is no transaction around"
            + " these steps.\nSET NAMES utf8mb4;\n");
    withoutAutoIncrement();
  }

  @Override
  void afterKeysAndIndexes() {
    restoreAutoIncrement();
  }

  @Override
  void end() {}

  @Override
  void alterColumn(TableMove move, PlannedColumn old, PlannedColumn column) {
    var table = w.q(move.name());
    var values = move.enumOf(column.id());
    if (values.isDefined() && !values.get().renamed().isEmpty()) {
      // widen the ENUM to old and new values, move the rows, then narrow it
      var union = new ArrayList<String>();
      var oldType = w.from.enumType(move.oldDocColumn(column.id()).get().enumId().get()).get();
      var newType = w.to.enumType(move.newDocColumn(column.id()).get().enumId().get()).get();
      union.addAll(oldType.values());
      for (var value : newType.values()) {
        if (!union.contains(value)) {
          union.add(value);
        }
      }
      var literals = new ArrayList<String>();
      union.forEach(v -> literals.add(w.dialect.literal(v)));
      w.statement(
          "ALTER TABLE "
              + table
              + " MODIFY COLUMN "
              + w.q(column.name())
              + " ENUM("
              + String.join(", ", literals)
              + ")"
              + (old.notNull() ? " NOT NULL" : ""));
      var update = new StringBuilder("UPDATE ").append(table).append(" SET ");
      update.append(w.q(column.name())).append(" = CASE ").append(w.q(column.name()));
      values
          .get()
          .renamed()
          .forEach(
              (a, b) ->
                  update
                      .append(" WHEN ")
                      .append(w.dialect.literal(a))
                      .append(" THEN ")
                      .append(w.dialect.literal(b)));
      update.append(" ELSE ").append(w.q(column.name())).append(" END");
      w.statement(update.toString());
    }
    if (column.notNull() && !old.notNull()) {
      column
          .defaultSql()
          .forEach(
              sql ->
                  w.statement(
                      "UPDATE "
                          + table
                          + " SET "
                          + w.q(column.name())
                          + " = "
                          + sql
                          + " WHERE "
                          + w.q(column.name())
                          + " IS NULL"));
    }
    // AUTO_INCREMENT stays on a column whose key and definition are untouched (a comment change)
    w.statement(
        "ALTER TABLE "
            + table
            + " MODIFY COLUMN "
            + w.ddl.columnDefinition(
                column, move.table, autoIncrementUntouched(move, old, column)));
  }

  /** MySQL: whether AUTO_INCREMENT stays on throughout (neither taken off nor put back). */
  static boolean autoIncrementUntouched(TableMove move, PlannedColumn old, PlannedColumn column) {
    return old.autoIncrement()
        && column.autoIncrement()
        && !move.changedColumns.contains(column.id())
        && !move.primaryKeyChanged();
  }

  /** MySQL: AUTO_INCREMENT comes off before its key may change, and back on after. */
  void withoutAutoIncrement() {
    for (var move : w.moves.values()) {
      for (var old : move.old.columns()) {
        if (!old.autoIncrement()) {
          continue;
        }
        var column = move.newColumns.get(old.id());
        if (column == null || !autoIncrementUntouched(move, old, column)) {
          w.statement(
              "ALTER TABLE "
                  + w.q(move.oldName())
                  + " MODIFY COLUMN "
                  + w.ddl.columnDefinition(old, move.old, false));
        }
      }
    }
  }

  void restoreAutoIncrement() {
    for (var move : w.moves.values()) {
      for (var column : move.table.columns()) {
        if (!column.autoIncrement()) {
          continue;
        }
        var old = move.oldColumns.get(column.id());
        if (old == null || !autoIncrementUntouched(move, old, column)) {
          w.statement(
              "ALTER TABLE "
                  + w.q(move.name())
                  + " MODIFY COLUMN "
                  + w.ddl.columnDefinition(column, move.table, true));
        }
      }
    }
  }
}
