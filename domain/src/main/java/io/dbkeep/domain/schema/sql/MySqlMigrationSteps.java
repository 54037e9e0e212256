package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedColumn;
import java.util.ArrayList;

/**
 * MySQL's (and MariaDB's) part of a migration: no transaction (each ALTER commits), {@code MODIFY
 * COLUMN} with the whole definition, ENUM values renamed by widening, updating and narrowing, and
 * AUTO_INCREMENT taken off before keys change and put back after.
 */
final class MySqlMigrationSteps implements EngineMigrationSteps {

  private final MigrationWriter w;

  MySqlMigrationSteps(MigrationWriter writer) {
    this.w = writer;
  }

  @Override
  public void begin() {
    w.out.append(
        "\n-- MySQL commits each ALTER TABLE by itself: there is no transaction around"
            + " these steps.\nSET NAMES utf8mb4;\n");
    withoutAutoIncrement();
  }

  @Override
  public void afterKeysAndIndexes() {
    restoreAutoIncrement();
  }

  @Override
  public void end() {}

  @Override
  public void alterColumn(MigrationWriter.TableMove move, PlannedColumn old, PlannedColumn column) {
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
  static boolean autoIncrementUntouched(
      MigrationWriter.TableMove move, PlannedColumn old, PlannedColumn column) {
    return old.autoIncrement()
        && column.autoIncrement()
        && !move.changedColumns.contains(column.id())
        && MigrationWriter.primaryKeySignature(move.old)
            .equals(MigrationWriter.primaryKeySignature(move.table));
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
