package io.dbkeep.adapter.out.sqlimport;

import static io.dbkeep.adapter.out.sqlimport.TableReader.shorten;
import static io.dbkeep.adapter.out.sqlimport.TableReader.where;

import io.dbkeep.adapter.out.sqlimport.Draft.ColumnDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.TableDraft;
import io.dbkeep.domain.project.Engine;
import io.vavr.control.Option;
import java.util.List;
import java.util.Set;

/**
 * A column definition of CREATE TABLE or ALTER TABLE ADD COLUMN: its name, its type (mapped to the
 * document's types) and every inline constraint — NOT NULL, PRIMARY KEY, UNIQUE, DEFAULT,
 * REFERENCES, CHECK, identity and generated values, AUTO_INCREMENT, COMMENT, and the clauses that
 * become warnings (COLLATE, CHARACTER SET, ON UPDATE, unknown words).
 */
final class ColumnDefinitionReader {

  private final Engine engine;
  private final String text;
  private final Draft draft;
  private final Warnings warnings;
  private final ColumnDefaults defaults;
  private final TableConstraintReader constraints;

  ColumnDefinitionReader(
      Engine engine,
      String text,
      Draft draft,
      Warnings warnings,
      ColumnDefaults defaults,
      TableConstraintReader constraints) {
    this.engine = engine;
    this.text = text;
    this.draft = draft;
    this.warnings = warnings;
    this.defaults = defaults;
    this.constraints = constraints;
  }

  /** One column definition: name, type, inline constraints. */
  void column(Cursor cursor, TableDraft table) {
    var nameToken = cursor.peek();
    var name = cursor.name("a column name");
    if (table.column(name).exists(c -> c.name.equals(name))) {
      throw new SqlSyntaxException(
          nameToken.line(),
          nameToken.column(),
          "the column \"" + name + "\" is defined twice in table \"" + table.name + "\"");
    }
    var column = new ColumnDraft(name, nameToken.line(), nameToken.start());
    table.columns.add(column);
    var declared = TypeDeclarationReader.read(cursor);
    var mapped = TypeMapper.map(engine, declared, draft.enums.keySet());
    column.type = mapped.type();
    column.length = mapped.length();
    column.precision = mapped.precision();
    column.scale = mapped.scale();
    column.dimension = mapped.dimension();
    column.enumName = mapped.enumName();
    column.enumValues = mapped.enumValues();
    mapped
        .note()
        .forEach(note -> warnings.add(column.line, "TYPE_MAPPED", where(table, column) + note));
    columnConstraints(cursor, table, column);
  }

  private void columnConstraints(Cursor cursor, TableDraft table, ColumnDraft column) {
    while (!cursor.atEnd() && !cursor.seesSymbol(",") && !cursor.seesSymbol(")")) {
      var start = cursor.peek();
      cursor.accept("CONSTRAINT");
      Option<String> constraintName = Option.none();
      if (start.is("CONSTRAINT")) {
        constraintName = Option.of(cursor.name("a constraint name"));
      }
      if (cursor.accept("NOT", "NULL")) {
        column.nullable = false;
      } else if (cursor.accept("NULL")) {
        column.nullable = true;
      } else if (cursor.accept("PRIMARY", "KEY")) {
        cursor.accept("ASC");
        cursor.accept("DESC");
        constraints.conflictClause(cursor, table);
        table.primaryKey.clear();
        table.primaryKey.add(column.name);
        column.nullable = false;
        if (cursor.accept("AUTOINCREMENT")) {
          column.autoIncrement = true;
        }
      } else if (cursor.accept("UNIQUE")) {
        cursor.accept("KEY");
        constraints.conflictClause(cursor, table);
        column.unique = true;
      } else if (cursor.accept("DEFAULT")) {
        defaultValue(cursor, table, column);
      } else if (cursor.sees("REFERENCES")) {
        table.foreignKeys.add(constraints.references(cursor, List.of(column.name), start.line()));
      } else if (cursor.sees("CHECK")) {
        constraints.check(cursor, table, Option.of(column), constraintName);
      } else if (cursor.accept("GENERATED")) {
        generated(cursor, table, column);
      } else if (cursor.sees("AS") && cursor.peek(1) != null && cursor.peek(1).isSymbol("(")) {
        cursor.next();
        generatedExpression(cursor, table, column);
      } else if (cursor.accept("AUTO_INCREMENT")
          || cursor.accept("AUTOINCREMENT")
          || cursor.accept("SERIAL", "DEFAULT", "VALUE")) {
        column.autoIncrement = true;
      } else if (cursor.accept("IDENTITY")) {
        if (cursor.seesSymbol("(")) {
          cursor.skipGroup();
        }
        column.autoIncrement = true;
      } else if (cursor.accept("COMMENT")) {
        column.comment = Option.of(cursor.string("the comment"));
      } else if (cursor.accept("COLLATE")) {
        var collation = cursor.next().text();
        warnings.add(
            start.line(),
            "COLLATION_NOT_KEPT",
            where(table, column) + "the collation " + collation + " is not kept");
      } else if (cursor.accept("CHARACTER", "SET") || cursor.accept("CHARSET")) {
        var charset = cursor.next().text();
        warnings.add(
            start.line(),
            "CHARSET_NOT_KEPT",
            where(table, column) + "the character set " + charset + " is not kept");
      } else if (cursor.accept("ON", "UPDATE")) {
        var expression = Expressions.read(cursor, text);
        warnings.add(
            start.line(),
            "ON_UPDATE_NOT_KEPT",
            where(table, column) + "ON UPDATE " + expression.source() + " is not kept");
      } else if (cursor.sees("NOT")) {
        cursor.next();
        throw cursor.error(
            "expected NULL after NOT in the definition of column \"" + column.name + "\"");
      } else if (cursor.peek().kind() == Token.Kind.WORD) {
        var word = cursor.next();
        if (cursor.seesSymbol("(")) {
          cursor.skipGroup();
        } else if (cursor.acceptSymbol("=")) {
          cursor.next();
        } else if (!cursor.atEnd()
            && cursor.peek().kind() != Token.Kind.SYMBOL
            && !cursor.peek().is("NOT")
            && !cursor.peek().is("NULL")
            && !isConstraintWord(cursor.peek())) {
          cursor.next();
        }
        warnings.add(
            word.line(),
            "CLAUSE_NOT_KEPT",
            where(table, column) + "the clause " + word.text() + " is not kept");
      } else {
        throw cursor.error(
            "unexpected "
                + cursor.peek().describe()
                + " in the definition of column \""
                + column.name
                + "\"");
      }
    }
  }

  private static boolean isConstraintWord(Token token) {
    return Set.of(
            "PRIMARY",
            "UNIQUE",
            "DEFAULT",
            "REFERENCES",
            "CHECK",
            "CONSTRAINT",
            "COLLATE",
            "GENERATED",
            "AUTO_INCREMENT",
            "AUTOINCREMENT",
            "COMMENT",
            "ON")
        .contains(token.upper());
  }

  private void defaultValue(Cursor cursor, TableDraft table, ColumnDraft column) {
    var expression = Expressions.read(cursor, text);
    defaults.apply(expression, table, column);
  }

  private void generated(Cursor cursor, TableDraft table, ColumnDraft column) {
    if (cursor.accept("BY", "DEFAULT") || cursor.accept("ALWAYS")) {
      // GENERATED ALWAYS / BY DEFAULT
    } else {
      throw cursor.error("expected ALWAYS or BY DEFAULT after GENERATED");
    }
    cursor.expect("AS");
    if (cursor.accept("IDENTITY")) {
      if (cursor.seesSymbol("(")) {
        cursor.skipGroup();
      }
      column.autoIncrement = true;
      return;
    }
    generatedExpression(cursor, table, column);
  }

  private void generatedExpression(Cursor cursor, TableDraft table, ColumnDraft column) {
    var from = cursor.mark();
    cursor.skipGroup();
    var expression = Expressions.slice(cursor, from, text);
    if (!cursor.accept("STORED") && !cursor.accept("VIRTUAL")) {
      cursor.accept("PERSISTENT");
    }
    warnings.add(
        expression.tokens().get(0).line(),
        "GENERATED_NOT_KEPT",
        where(table, column)
            + "the generated value AS "
            + shorten(expression.source())
            + " is not kept; the column is imported as a plain column");
  }
}
