package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.adapter.out.sqlimport.Draft.ColumnDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.TableDraft;
import io.dbkeep.domain.project.Engine;
import io.vavr.control.Option;
import java.util.List;

/**
 * Reads {@code ALTER TABLE} (after those two words) into the {@link Draft}: added columns and
 * constraints, and the column changes a document holds (default, NOT NULL, identity); every other
 * action, and any action on a table the script does not create, is a warning with its line.
 */
final class AlterTableReader {

  private final Engine engine;
  private final String text;
  private final Draft draft;
  private final Warnings warnings;
  private final Names names;
  private final TableReader tables;

  AlterTableReader(
      Engine engine, String text, Draft draft, Warnings warnings, Names names, TableReader tables) {
    this.engine = engine;
    this.text = text;
    this.draft = draft;
    this.warnings = warnings;
    this.names = names;
    this.tables = tables;
  }

  void read(Cursor cursor) {
    cursor.accept("IF", "EXISTS");
    cursor.accept("ONLY");
    var nameToken = cursor.peek();
    var parts =
        engine == Engine.SQLITE && nameToken != null && nameToken.kind() == Token.Kind.STRING
            // SQLite reads a 'quoted' table name as a name; its .schema writes FTS5 tables so
            ? List.of(cursor.next().text())
            : cursor.qualifiedName("a table name");
    var reference = names.reference(parts, nameToken.line());
    var table = draft.table(reference.key(), reference.qualified());
    do {
      alterAction(cursor, table, nameToken, reference);
    } while (cursor.acceptSymbol(","));
    if (!cursor.atEnd()) {
      throw cursor.error("unexpected " + cursor.peek().describe() + " in ALTER TABLE");
    }
  }

  private void alterAction(
      Cursor cursor, Option<TableDraft> found, Token at, Names.Reference reference) {
    var start = cursor.peek();
    if (start == null) {
      throw cursor.error("expected what to alter here, but the statement ends");
    }
    if (found.isEmpty() || cursor.sees("OWNER", "TO")) {
      var words = new StringBuilder();
      while (!cursor.atEnd() && !cursor.seesSymbol(",")) {
        if (cursor.seesSymbol("(")) {
          cursor.skipGroup();
          continue;
        }
        var token = cursor.next();
        if (words.length() < 40) {
          words.append(words.length() == 0 ? "" : " ").append(token.text());
        }
      }
      ignored(
          at.line(),
          "ALTER TABLE \""
              + reference.bareName()
              + "\" "
              + words
              + " is not kept"
              + (found.isEmpty() ? " (the script creates no such table)" : ""));
      return;
    }
    var table = found.get();
    if (cursor.accept("ADD")) {
      if (TableReader.seesTableConstraint(cursor)) {
        tables.tableConstraint(cursor, table);
      } else {
        cursor.accept("COLUMN");
        cursor.accept("IF", "NOT", "EXISTS");
        tables.column(cursor, table);
      }
    } else if (cursor.accept("ALTER")) {
      cursor.accept("COLUMN");
      var columnToken = cursor.peek();
      var name = cursor.name("a column name");
      var column = table.column(name);
      if (column.isEmpty()) {
        skipAction(cursor);
        ignored(
            columnToken.line(),
            "ALTER COLUMN names a column table \""
                + table.name
                + "\" does not have (\""
                + name
                + "\"); it is not kept");
        return;
      }
      alterColumn(cursor, table, column.get(), start);
    } else {
      var words = new StringBuilder();
      while (!cursor.atEnd() && !cursor.seesSymbol(",")) {
        var token = cursor.next();
        if (token.isSymbol("(")) {
          cursor.reset(cursor.mark() - 1);
          cursor.skipGroup();
          continue;
        }
        if (words.length() < 40) {
          words.append(words.length() == 0 ? "" : " ").append(token.text());
        }
      }
      ignored(start.line(), "ALTER TABLE \"" + table.name + "\" " + words + " is not kept");
    }
  }

  private void alterColumn(Cursor cursor, TableDraft table, ColumnDraft column, Token start) {
    if (cursor.accept("SET", "DEFAULT")) {
      tables.applyDefault(Expressions.read(cursor, text), table, column);
    } else if (cursor.accept("DROP", "DEFAULT")) {
      column.defaultValue = Option.none();
    } else if (cursor.accept("SET", "NOT", "NULL")) {
      column.nullable = false;
    } else if (cursor.accept("DROP", "NOT", "NULL")) {
      column.nullable = true;
    } else if (cursor.accept("ADD", "GENERATED")) {
      if (!cursor.accept("ALWAYS")) {
        cursor.expect("BY", "DEFAULT");
      }
      cursor.expect("AS", "IDENTITY");
      if (cursor.seesSymbol("(")) {
        cursor.skipGroup();
      }
      column.autoIncrement = true;
    } else {
      skipAction(cursor);
      ignored(
          start.line(),
          "ALTER COLUMN \"" + table.name + "\".\"" + column.name + "\" … is not kept");
    }
  }

  private static void skipAction(Cursor cursor) {
    while (!cursor.atEnd() && !cursor.seesSymbol(",")) {
      if (cursor.seesSymbol("(")) {
        cursor.skipGroup();
      } else {
        cursor.next();
      }
    }
  }

  private void ignored(int line, String message) {
    warnings.add(line, "STATEMENT_NOT_KEPT", message);
  }
}
