package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedColumn;
import java.util.ArrayList;

/**
 * SQLite's part of a migration: one transaction inside {@code PRAGMA foreign_keys = OFF/ON}, and
 * the twelve-step rebuild of a table its ALTER TABLE cannot change (a changed column is never
 * altered in place: its table is rebuilt).
 */
final class SqliteMigrationSteps extends EngineMigrationSteps {

  SqliteMigrationSteps(MigrationWriter writer) {
    super(writer);
  }

  // ------------------------------------------------------------------------------ capabilities

  /** Keys and foreign keys are declared in CREATE TABLE; they change by rebuilding the table. */
  @Override
  boolean altersConstraints() {
    return false;
  }

  /** SQLite has no RENAME of an index. */
  @Override
  boolean renamesIndexes() {
    return false;
  }

  /**
   * Whether the table needs the twelve-step rebuild: its ALTER TABLE renames tables and columns and
   * adds plain columns, nothing else.
   */
  @Override
  boolean needsRebuild(TableMove move) {
    if (!move.changedColumns.isEmpty() || move.keysChanged || move.checksChanged()) {
      return true;
    }
    for (var id : move.oldColumns.keySet()) {
      if (!move.newColumns.containsKey(id)) {
        return true;
      }
    }
    if (!w.plans
        .foreignKeySignatures(move.old, true)
        .equals(w.plans.foreignKeySignatures(move.table, false))) {
      return true;
    }
    for (var column : move.table.columns()) {
      if (!move.oldColumns.containsKey(column.id()) && !addableInPlace(column)) {
        return true;
      }
    }
    return false;
  }

  /** SQLite's ADD COLUMN: no key, no CHECK, a constant default when NOT NULL. */
  private static boolean addableInPlace(PlannedColumn column) {
    if (column.autoIncrement() || column.check().isDefined()) {
      return false;
    }
    var constant =
        column
            .defaultSql()
            .map(sql -> !sql.startsWith("(") && !sql.toUpperCase().startsWith("CURRENT_"))
            .getOrElse(true);
    return constant && (!column.notNull() || column.defaultSql().isDefined());
  }

  // ------------------------------------------------------------------------------------- hooks

  @Override
  void begin() {
    w.out.append("\nPRAGMA foreign_keys = OFF;\nBEGIN;\n");
  }

  @Override
  void alterColumn(TableMove move, PlannedColumn old, PlannedColumn column) {}

  @Override
  void end() {
    w.out.append(
        "\n-- rows whose foreign keys do not match (none expected)\n"
            + "PRAGMA foreign_key_check;\nCOMMIT;\nPRAGMA foreign_keys = ON;\n");
  }

  /** SQLite's twelve-step rebuild: a new table, the rows copied over, the old one replaced. */
  @Override
  void rebuild(TableMove move) {
    var table = move.name();
    var temporary = w.dialect.shorten("__dbkeep_new_" + table);
    w.out.append('\n');
    w.marked(move.table.id(), "rebuilds table " + table);
    for (var id : move.oldColumns.keySet()) {
      if (!move.newColumns.containsKey(id)) {
        w.marked(
            move.table.id() + "/" + id,
            "drops column " + table + "." + move.oldColumns.get(id).name());
      }
    }
    w.comment("SQLite cannot alter " + table + " in place: rebuild it (twelve-step procedure)");
    w.ddl.createTable(move.table, temporary);
    var targets = new ArrayList<String>();
    var sources = new ArrayList<String>();
    for (var column : move.table.columns()) {
      var old = move.oldColumns.get(column.id());
      if (old == null) {
        continue;
      }
      targets.add(w.q(column.name()));
      var source = w.q(old.name());
      var values = move.enumOf(column.id());
      if (values.isDefined() && !values.get().renamed().isEmpty()) {
        var expression = new StringBuilder("CASE ").append(source);
        values
            .get()
            .renamed()
            .forEach(
                (a, b) ->
                    expression
                        .append(" WHEN ")
                        .append(w.dialect.literal(a))
                        .append(" THEN ")
                        .append(w.dialect.literal(b)));
        source = expression.append(" ELSE ").append(source).append(" END").toString();
      }
      if (column.notNull() && !old.notNull() && column.defaultSql().isDefined()) {
        source = "COALESCE(" + source + ", " + column.defaultSql().get() + ")";
      }
      sources.add(source);
    }
    if (!targets.isEmpty()) {
      w.statement(
          "INSERT INTO "
              + w.q(temporary)
              + " ("
              + String.join(", ", targets)
              + ") SELECT "
              + String.join(", ", sources)
              + " FROM "
              + w.q(table));
    }
    w.statement("DROP TABLE " + w.q(table));
    w.statement("ALTER TABLE " + w.q(temporary) + " RENAME TO " + w.q(table));
    w.ddl.indexes(move.table);
  }
}
