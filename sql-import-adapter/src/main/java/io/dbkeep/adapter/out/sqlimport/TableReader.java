package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.adapter.out.sqlimport.Draft.ColumnDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.ForeignKeyDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.IndexDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.TableDraft;
import io.dbkeep.adapter.out.sqlimport.Expressions.Default;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.ReferentialAction;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of CREATE TABLE and ALTER TABLE that a table is made of: column definitions with every
 * inline constraint, and table constraints (PRIMARY KEY, UNIQUE, FOREIGN KEY, CHECK, MySQL's KEY).
 */
final class TableReader {

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
  private final Draft draft;
  private final Warnings warnings;
  private final Names names;

  TableReader(Engine engine, String text, Draft draft, Warnings warnings, Names names) {
    this.engine = engine;
    this.text = text;
    this.draft = draft;
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
    return CONSTRAINT_STARTS.contains(token.upper());
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
    var declared = declaredType(cursor);
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

  private TypeMapper.Declared declaredType(Cursor cursor) {
    var words = new StringBuilder();
    var written = new StringBuilder();
    var arguments = new ArrayList<String>();
    var array = false;
    while (!cursor.atEnd()) {
      var token = cursor.peek();
      if (token.kind() == Token.Kind.WORD && endsType(cursor)) {
        break;
      }
      if (token.isName()) {
        if (words.length() == 0 || continuesType(token)) {
          cursor.next();
          if (cursor.seesSymbol(".") && cursor.peek(1) != null && cursor.peek(1).isName()) {
            cursor.next(); // a schema-qualified type: keep the type's own name
            words.setLength(0);
            written.setLength(0);
            continue;
          }
          words.append(words.length() == 0 ? "" : " ").append(token.upper());
          written.append(written.length() == 0 ? "" : " ").append(token.text());
          continue;
        }
        break;
      }
      if (token.isSymbol("(") && words.length() > 0) {
        cursor.next();
        if (!cursor.acceptSymbol(")")) {
          do {
            var argument = cursor.next();
            if (argument.isSymbol("-") && cursor.peek() != null) {
              argument = cursor.next();
            }
            if (argument.kind() == Token.Kind.NUMBER && !argument.text().contains(".")) {
              try {
                Integer.parseInt(argument.text());
              } catch (NumberFormatException e) {
                throw new SqlSyntaxException(
                    argument.line(),
                    argument.column(),
                    "the type argument "
                        + argument.text()
                        + " is not a whole number up to 2147483647");
              }
            }
            arguments.add(argument.text());
          } while (cursor.acceptSymbol(","));
          cursor.expectSymbol(")");
        }
        continue;
      }
      if (token.isSymbol("[") && words.length() > 0) {
        cursor.next();
        if (cursor.peek() != null && cursor.peek().kind() == Token.Kind.NUMBER) {
          cursor.next();
        }
        cursor.expectSymbol("]");
        array = true;
        continue;
      }
      break;
    }
    return new TypeMapper.Declared(words.toString(), arguments, array, written.toString());
  }

  /** A word that starts a column constraint rather than continuing the type. */
  private static boolean endsType(Cursor cursor) {
    var token = cursor.peek();
    var upper = token.upper();
    if (upper.equals("CHARACTER") || upper.equals("CHAR")) {
      var next = cursor.peek(1);
      return next != null && next.is("SET");
    }
    return switch (upper) {
      case "NOT",
          "NULL",
          "DEFAULT",
          "PRIMARY",
          "UNIQUE",
          "REFERENCES",
          "CHECK",
          "CONSTRAINT",
          "COLLATE",
          "GENERATED",
          "AUTO_INCREMENT",
          "AUTOINCREMENT",
          "COMMENT",
          "ON",
          "CHARSET",
          "KEY",
          "IDENTITY",
          "AS",
          "INVISIBLE",
          "VISIBLE",
          "STORED",
          "VIRTUAL",
          "COLUMN_FORMAT",
          "STORAGE",
          "SRID",
          "DEFERRABLE",
          "INITIALLY",
          "COMPRESSION" ->
          true;
      case "SERIAL" -> cursor.peek(1) != null && cursor.peek(1).is("DEFAULT");
      default -> false;
    };
  }

  private static boolean continuesType(Token token) {
    return token.kind() == Token.Kind.WORD;
  }

  private void columnConstraints(Cursor cursor, TableDraft table, ColumnDraft column) {
    while (!cursor.atEnd() && !cursor.seesSymbol(",") && !cursor.seesSymbol(")")) {
      var start = cursor.peek();
      cursor.accept("CONSTRAINT");
      if (start.is("CONSTRAINT")) {
        cursor.name("a constraint name");
      }
      if (cursor.accept("NOT", "NULL")) {
        column.nullable = false;
      } else if (cursor.accept("NULL")) {
        column.nullable = true;
      } else if (cursor.accept("PRIMARY", "KEY")) {
        cursor.accept("ASC");
        cursor.accept("DESC");
        conflictClause(cursor, table);
        table.primaryKey.clear();
        table.primaryKey.add(column.name);
        column.nullable = false;
        if (cursor.accept("AUTOINCREMENT")) {
          column.autoIncrement = true;
        }
      } else if (cursor.accept("UNIQUE")) {
        cursor.accept("KEY");
        conflictClause(cursor, table);
        column.unique = true;
      } else if (cursor.accept("DEFAULT")) {
        defaultValue(cursor, table, column);
      } else if (cursor.sees("REFERENCES")) {
        table.foreignKeys.add(references(cursor, List.of(column.name), start.line()));
      } else if (cursor.sees("CHECK")) {
        check(cursor, table, Option.of(column));
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

  private void conflictClause(Cursor cursor, TableDraft table) {
    if (cursor.accept("ON", "CONFLICT")) {
      var action = cursor.next();
      warnings.add(
          action.line(),
          "CLAUSE_NOT_KEPT",
          "table \"" + table.name + "\": ON CONFLICT " + action.text() + " is not kept");
    }
  }

  private void defaultValue(Cursor cursor, TableDraft table, ColumnDraft column) {
    var expression = Expressions.read(cursor, text);
    applyDefault(expression, table, column);
  }

  void applyDefault(Expressions.Expression expression, TableDraft table, ColumnDraft column) {
    var meaning = Expressions.normalise(expression, column.type);
    if (meaning instanceof Default.None) {
      column.defaultValue = Option.none();
    } else if (meaning instanceof Default.Sequence) {
      column.autoIncrement = true;
    } else if (meaning instanceof Default.Kept kept) {
      column.defaultValue = Option.of(kept.sql());
      var declared = column.type;
      if (kept.sql().equals("gen_random_uuid()")
          && (column.type == ColumnType.CHAR
              || column.type == ColumnType.VARCHAR
              || column.type == ColumnType.TEXT)) {
        // MySQL and SQLite keep UUIDs as text: a random-UUID default says the column is one
        column.type = ColumnType.UUID;
        column.length = Option.none();
      }
      if (column.type == ColumnType.TEXT) {
        // SQLite keeps dates and times as TEXT: a clock default says which one it is
        switch (kept.sql()) {
          case "CURRENT_TIMESTAMP" -> column.type = ColumnType.TIMESTAMP;
          case "CURRENT_DATE" -> column.type = ColumnType.DATE;
          case "CURRENT_TIME" -> column.type = ColumnType.TIME;
          default -> {
            // a text default fits TEXT
          }
        }
      }
      if ((kept.sql().equals("TRUE") || kept.sql().equals("FALSE"))
          && column.type.isInteger()
          && !column.type.isSerial()) {
        // SQLite keeps booleans as INTEGER: a TRUE/FALSE default says the column is one
        column.type = ColumnType.BOOLEAN;
      }
      if (column.type != declared) {
        column.inferredFrom = Option.of(declared);
      }
    } else if (meaning instanceof Default.NotKept notKept) {
      warnings.add(
          expression.tokens().get(0).line(),
          "DEFAULT_NOT_KEPT",
          where(table, column)
              + "DEFAULT "
              + shorten(notKept.source())
              + " is not kept: documents hold literals, NULL, TRUE/FALSE and the current"
              + " date, time or timestamp or a random UUID");
    }
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

  /** CHECK (…): SQLite's enum check becomes the column's values; others are reported. */
  void check(Cursor cursor, TableDraft table, Option<ColumnDraft> column) {
    var line = cursor.peek().line();
    cursor.expect("CHECK");
    var from = cursor.mark();
    cursor.skipGroup();
    var expression = Expressions.slice(cursor, from, text);
    var inner = expression.tokens().subList(1, expression.tokens().size() - 1);
    cursor.accept("NOT", "VALID");
    cursor.accept("NO", "INHERIT");
    if (engine == Engine.SQLITE) {
      var target =
          column.isDefined()
              ? column
              : inner.isEmpty() ? Option.<ColumnDraft>none() : table.column(inner.get(0).text());
      if (target.isDefined()) {
        var values = Expressions.inList(inner, target.get().name);
        if (values.isDefined() && target.get().type == io.dbkeep.domain.schema.ColumnType.TEXT) {
          target.get().type = io.dbkeep.domain.schema.ColumnType.ENUM;
          target.get().enumValues = values;
          return;
        }
      }
    }
    warnings.add(
        line,
        "CHECK_NOT_KEPT",
        "table \""
            + table.name
            + "\": CHECK "
            + shorten(expression.source())
            + " is not kept (documents have no CHECK constraints)");
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
        table.indexes.add(new IndexDraft(name, columns, true, start.line()));
      }
    } else if (cursor.accept("FOREIGN", "KEY")) {
      if (!cursor.seesSymbol("(")) {
        cursor.name("an index name");
      }
      var columns = cursor.nameList("a column name");
      table.foreignKeys.add(references(cursor, columns, start.line()));
    } else if (cursor.sees("CHECK")) {
      check(cursor, table, Option.none());
    } else if (cursor.accept("KEY") || cursor.accept("INDEX")) {
      if (!cursor.seesSymbol("(")) {
        name = Option.of(cursor.name("an index name"));
      }
      var columns = keyColumns(cursor);
      indexOptions(cursor);
      table.indexes.add(new IndexDraft(name, columns, false, start.line()));
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

  static String upper(String text) {
    return text.toUpperCase(Locale.ROOT);
  }
}
