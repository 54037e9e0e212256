package io.dbkeep.adapter.out.sqlimport;

import static io.dbkeep.adapter.out.sqlimport.TableReader.shorten;
import static io.dbkeep.adapter.out.sqlimport.TableReader.skipToElementEnd;

import io.dbkeep.adapter.out.sqlimport.Draft.CheckDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.ColumnDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.ForeignKeyDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.IndexDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.TableDraft;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.ReferentialAction;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Table constraints (PRIMARY KEY, UNIQUE, FOREIGN KEY, CHECK, MySQL's KEY/INDEX) and the parts a
 * column definition shares with them: REFERENCES with its actions, CHECK, SQLite's ON CONFLICT.
 */
final class TableConstraintReader {

  private static final Set<String> CONSTRAINT_STARTS =
      Set.of(
          "CONSTRAINT",
          "PRIMARY",
          "UNIQUE",
          "FOREIGN",
          "CHECK",
          "KEY",
          "INDEX",
          "FULLTEXT",
          "SPATIAL",
          "EXCLUDE",
          "LIKE",
          "PERIOD");

  private final Engine engine;
  private final String text;
  private final Warnings warnings;
  private final Names names;

  TableConstraintReader(Engine engine, String text, Warnings warnings, Names names) {
    this.engine = engine;
    this.text = text;
    this.warnings = warnings;
    this.names = names;
  }

  /** Whether the next element of a table body is a table constraint rather than a column. */
  static boolean seesTableConstraint(Cursor cursor) {
    var token = cursor.peek();
    if (token == null || token.kind() != Token.Kind.WORD) {
      return false;
    }
    if (token.is("KEY") || token.is("INDEX")) {
      // MySQL's KEY name (…); a column named key would be followed by its type
      var after = cursor.peek(1);
      var third = cursor.peek(2);
      return after != null
          && (after.isSymbol("(") || (after.isName() && third != null && third.isSymbol("(")));
    }
    if (token.is("PERIOD") || token.is("EXCLUDE")) {
      // SQL:2011's PERIOD FOR, PostgreSQL's EXCLUDE [USING …] (…); a column of that name has a type
      var after = cursor.peek(1);
      return after != null
          && (token.is("PERIOD")
              ? after.is("FOR")
              : after.is("USING") || after.isSymbol("(") || after.is("WITH"));
    }
    return CONSTRAINT_STARTS.contains(token.upper());
  }

  /** SQLite's {@code ON CONFLICT action} after a key: a warning. */
  void conflictClause(Cursor cursor, TableDraft table) {
    if (cursor.accept("ON", "CONFLICT")) {
      var action = cursor.next();
      warnings.add(
          action.line(),
          "CLAUSE_NOT_KEPT",
          "table \"" + table.name + "\": ON CONFLICT " + action.text() + " is not kept");
    }
  }

  /**
   * CHECK (…): a column's SQLite enum check ({@code c IN ('a', 'b')} on a TEXT column) becomes the
   * column's values; a condition in the neutral subset (ADR 127) becomes a check of the table;
   * others are reported with their line.
   */
  void check(Cursor cursor, TableDraft table, Option<ColumnDraft> column, Option<String> name) {
    var line = cursor.peek().line();
    cursor.expect("CHECK");
    var from = cursor.mark();
    cursor.skipGroup();
    var expression = Expressions.slice(cursor, from, text);
    var inner = expression.tokens().subList(1, expression.tokens().size() - 1);
    cursor.accept("NOT", "VALID");
    cursor.accept("NO", "INHERIT");
    cursor.accept("ENFORCED");
    if (engine == Engine.SQLITE && column.isDefined()) {
      var values = Expressions.inList(inner, column.get().name);
      if (values.isDefined() && column.get().type == io.dbkeep.domain.schema.ColumnType.TEXT) {
        column.get().type = io.dbkeep.domain.schema.ColumnType.ENUM;
        column.get().enumValues = values;
        return;
      }
    }
    var translated = CheckTranslator.translate(inner, engine);
    if (translated.isRight()) {
      table.checks.add(new CheckDraft(name, translated.get(), expression.source(), line));
      return;
    }
    warnings.add(
        line,
        "CHECK_NOT_KEPT",
        "table \""
            + table.name
            + "\": CHECK "
            + shorten(expression.source())
            + " is not kept (outside the expressions every engine shares: "
            + translated.getLeft().message()
            + ")");
  }

  /** A table constraint: PRIMARY KEY, UNIQUE, FOREIGN KEY, CHECK, or MySQL's KEY/INDEX. */
  void tableConstraint(Cursor cursor, TableDraft table) {
    var start = cursor.peek();
    Option<String> name = Option.none();
    if (cursor.accept("CONSTRAINT")) {
      if (!cursor.sees("PRIMARY")
          && !cursor.sees("UNIQUE")
          && !cursor.sees("FOREIGN")
          && !cursor.sees("CHECK")) {
        name = Option.of(cursor.name("a constraint name"));
      }
    }
    if (cursor.sees("CHECK")) {
      check(cursor, table, Option.none(), name);
      return;
    }
    if (cursor.accept("PRIMARY", "KEY")) {
      var columns = keyColumns(cursor);
      indexOptions(cursor);
      conflictClause(cursor, table);
      table.primaryKey.clear();
      table.primaryKey.addAll(columns);
    } else if (cursor.accept("UNIQUE")) {
      if (!cursor.accept("KEY")) {
        cursor.accept("INDEX");
      }
      cursor.accept("NULLS", "NOT", "DISTINCT");
      if (!cursor.seesSymbol("(")) {
        name = Option.of(cursor.name("an index name"));
      }
      var columns = keyColumns(cursor);
      indexOptions(cursor);
      conflictClause(cursor, table);
      if (columns.size() == 1) {
        table.uniques.add(columns);
      } else {
        table.indexes.add(new IndexDraft(name, columns, true, start.line(), true));
      }
    } else if (cursor.accept("FOREIGN", "KEY")) {
      if (!cursor.seesSymbol("(")) {
        cursor.name("an index name");
      }
      var columns = cursor.nameList("a column name");
      table.foreignKeys.add(references(cursor, columns, start.line()));
    } else if (cursor.accept("KEY") || cursor.accept("INDEX")) {
      if (!cursor.seesSymbol("(")) {
        name = Option.of(cursor.name("an index name"));
      }
      var columns = keyColumns(cursor);
      indexOptions(cursor);
      table.indexes.add(new IndexDraft(name, columns, false, start.line(), false));
    } else {
      var word = cursor.next();
      skipToElementEnd(cursor);
      warnings.add(
          word.line(),
          "CONSTRAINT_NOT_KEPT",
          "table \"" + table.name + "\": the " + word.text() + " definition is not kept");
    }
  }

  /**
   * Columns of a key: names with an optional prefix length and order, e.g. {@code (a(10) DESC)}.
   */
  List<String> keyColumns(Cursor cursor) {
    cursor.accept("USING", "BTREE");
    cursor.accept("USING", "HASH");
    cursor.expectSymbol("(");
    var columns = new ArrayList<String>();
    do {
      columns.add(cursor.name("a column name"));
      if (cursor.seesSymbol("(")) {
        cursor.skipGroup();
      }
      if (!cursor.accept("ASC")) {
        cursor.accept("DESC");
      }
    } while (cursor.acceptSymbol(","));
    cursor.expectSymbol(")");
    return columns;
  }

  private static void indexOptions(Cursor cursor) {
    while (cursor.accept("USING", "BTREE")
        || cursor.accept("USING", "HASH")
        || cursor.accept("USING", "INDEX")
        || cursor.accept("NOT", "VALID")
        || cursor.accept("DEFERRABLE")
        || cursor.accept("NOT", "DEFERRABLE")
        || cursor.accept("INITIALLY", "DEFERRED")
        || cursor.accept("INITIALLY", "IMMEDIATE")) {
      if (cursor.sees("TABLESPACE")) {
        cursor.next();
        cursor.next();
      }
    }
  }

  /** {@code REFERENCES t [(cols)] [MATCH …] [ON DELETE …] [ON UPDATE …] [DEFERRABLE …]}. */
  ForeignKeyDraft references(Cursor cursor, List<String> columns, int line) {
    cursor.expect("REFERENCES");
    var target = cursor.qualifiedName("the referenced table");
    List<String> targetColumns =
        cursor.seesSymbol("(") ? cursor.nameList("a referenced column") : List.of();
    Option<ReferentialAction> onDelete = Option.none();
    Option<ReferentialAction> onUpdate = Option.none();
    while (true) {
      if (cursor.accept("MATCH")) {
        cursor.next();
      } else if (cursor.accept("ON", "DELETE")) {
        onDelete = action(cursor);
      } else if (cursor.accept("ON", "UPDATE")) {
        onUpdate = action(cursor);
      } else if (cursor.accept("NOT", "DEFERRABLE")
          || cursor.accept("INITIALLY", "IMMEDIATE")
          || cursor.accept("NOT", "VALID")) {
        // the default behaviour
      } else if (cursor.accept("DEFERRABLE") || cursor.accept("INITIALLY", "DEFERRED")) {
        warnings.add(line, "CLAUSE_NOT_KEPT", "a foreign key's DEFERRABLE setting is not kept");
      } else {
        break;
      }
    }
    var reference = names.reference(target, line);
    return new ForeignKeyDraft(
        List.copyOf(columns),
        reference.key(),
        reference.qualified(),
        reference.bareName(),
        targetColumns,
        onDelete,
        onUpdate,
        line);
  }

  private Option<ReferentialAction> action(Cursor cursor) {
    var token = cursor.peek();
    if (cursor.accept("CASCADE")) {
      return Option.of(ReferentialAction.CASCADE);
    }
    if (cursor.accept("SET", "NULL")) {
      return Option.of(ReferentialAction.SET_NULL);
    }
    if (cursor.accept("RESTRICT")) {
      return Option.of(ReferentialAction.RESTRICT);
    }
    if (cursor.accept("NO", "ACTION")) {
      return Option.of(ReferentialAction.NO_ACTION);
    }
    if (cursor.accept("SET", "DEFAULT")) {
      warnings.add(
          token.line(),
          "CLAUSE_NOT_KEPT",
          "SET DEFAULT is not a referential action documents hold; the engine's default is used");
      return Option.none();
    }
    throw cursor.error("expected CASCADE, SET NULL, SET DEFAULT, RESTRICT or NO ACTION here");
  }
}
