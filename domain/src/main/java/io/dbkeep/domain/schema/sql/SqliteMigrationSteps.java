package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedColumn;
import java.util.ArrayList;

/**
 * SQLite's part of a migration: one transaction inside {@code PRAGMA foreign_keys = OFF/ON}, and
 * the twelve-step rebuild of a table its ALTER TABLE cannot change (a changed column is never
 * altered in place: its table is rebuilt).
 */
final class SqliteMigrationSteps implements EngineMigrationSteps {

  private final MigrationWriter w;

  SqliteMigrationSteps(MigrationWriter writer) {
    this.w = writer;
  }

  @Override
  public void begin() {
    w.out.append("\nPRAGMA foreign_keys = OFF;\nBEGIN;\n");
  }

  @Override
  public void alterColumn(
      MigrationWriter.TableMove move, PlannedColumn old, PlannedColumn column) {}

  @Override
  public void end() {
    w.out.append(
        "\n-- rows whose foreign keys do not match (none expected)\n"
            + "PRAGMA foreign_key_check;\nCOMMIT;\nPRAGMA foreign_keys = ON;\n");
  }

  /** SQLite's twelve-step rebuild: a new table, the rows copied over, the old one replaced. */
  @Override
  public void rebuild(MigrationWriter.TableMove move) {
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
