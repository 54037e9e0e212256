package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.adapter.out.sqlimport.Draft.ColumnDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.TableDraft;
import io.dbkeep.domain.project.Engine;

/**
 * The parts of CREATE TABLE and ALTER TABLE that a table is made of: column definitions with every
 * inline constraint ({@link ColumnDefinitionReader}, their types by {@link TypeDeclarationReader}
 * and defaults by {@link ColumnDefaults}), and table constraints (PRIMARY KEY, UNIQUE, FOREIGN KEY,
 * CHECK, MySQL's KEY: {@link TableConstraintReader}).
 */
final class TableReader {

  private final ColumnDefaults defaults;
  private final TableConstraintReader constraints;
  private final ColumnDefinitionReader columns;

  TableReader(Engine engine, String text, Draft draft, Warnings warnings, Names names) {
    this.defaults = new ColumnDefaults(warnings);
    this.constraints = new TableConstraintReader(engine, text, warnings, names);
    this.columns = new ColumnDefinitionReader(engine, text, draft, warnings, defaults, constraints);
  }

  /** Whether the next element of a table body is a table constraint rather than a column. */
  static boolean seesTableConstraint(Cursor cursor) {
    return TableConstraintReader.seesTableConstraint(cursor);
  }

  /** One column definition: name, type, inline constraints. */
  void column(Cursor cursor, TableDraft table) {
    columns.column(cursor, table);
  }

  /** A table constraint: PRIMARY KEY, UNIQUE, FOREIGN KEY, CHECK, or MySQL's KEY/INDEX. */
  void tableConstraint(Cursor cursor, TableDraft table) {
    constraints.tableConstraint(cursor, table);
  }

  /** A DEFAULT given to {@code column} (inline or by ALTER COLUMN … SET DEFAULT). */
  void applyDefault(Expressions.Expression expression, TableDraft table, ColumnDraft column) {
    defaults.apply(expression, table, column);
  }

  /** Skips to the ',' or ')' that ends a table element. */
  static void skipToElementEnd(Cursor cursor) {
    while (!cursor.atEnd() && !cursor.seesSymbol(",") && !cursor.seesSymbol(")")) {
      if (cursor.seesSymbol("(")) {
        cursor.skipGroup();
      } else {
        cursor.next();
      }
    }
  }

  static String where(TableDraft table, ColumnDraft column) {
    return "column \"" + table.name + "\".\"" + column.name + "\": ";
  }

  static String shorten(String source) {
    var flat = source.replaceAll("\\s+", " ");
    return flat.length() > 120 ? flat.substring(0, 117) + "…" : flat;
  }
}
