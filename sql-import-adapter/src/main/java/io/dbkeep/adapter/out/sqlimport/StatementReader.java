package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.adapter.out.sqlimport.Draft.EnumDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.IndexDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.TableDraft;
import io.dbkeep.domain.project.Engine;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one statement to the {@link Draft}: the DDL a document holds is read, everything else
 * (session settings, owners, grants, views, functions, data) is reported as a warning with its
 * line. A modelled statement that does not parse is a {@link SqlSyntaxException}.
 */
final class StatementReader {

  private final Engine engine;
  private final String text;
  private final Positions positions;
  private final Draft draft;
  private final Warnings warnings;
  private final Names names;
  private final TableReader tables;
  private final AlterTableReader alterTables;

  StatementReader(Engine engine, String text, Positions positions, Draft draft, Warnings warnings) {
    this.engine = engine;
    this.text = text;
    this.positions = positions;
    this.draft = draft;
    this.warnings = warnings;
    this.names = new Names(engine, warnings);
    this.tables = new TableReader(engine, text, draft, warnings, names);
    this.alterTables = new AlterTableReader(engine, text, draft, warnings, names, tables);
  }

  void read(Statement statement) {
    var cursor = new Cursor(statement.tokens(), positions);
    var first = statement.first();
    if (first.kind() == Token.Kind.META) {
      var command = first.text().split("\\s+")[0];
      ignored(first.line(), "the psql command " + command + " is not kept");
      return;
    }
    if (cursor.accept("CREATE")) {
      create(cursor, statement);
    } else if (cursor.accept("ALTER", "TABLE")) {
      alterTables.read(cursor);
    } else if (cursor.accept("ALTER", "SEQUENCE")) {
      alterSequence(cursor, statement);
    } else if (cursor.accept("COMMENT", "ON")) {
      comment(cursor, statement);
    } else if (cursor.accept("DROP", "TABLE")) {
      dropTable(cursor);
    } else {
      ignoredStatement(statement);
    }
  }

  /**
   * A statement longer than the lexer keeps: a statement the importer models (CREATE, ALTER,
   * COMMENT, DROP) cannot be read from part of it and is refused as too large; any other (a bulk
   * INSERT, a SELECT) is not kept anyway and is a warning as usual.
   */
  void readTruncated(Statement statement) {
    var first = statement.first();
    if (first.is("CREATE") || first.is("ALTER") || first.is("COMMENT") || first.is("DROP")) {
      throw SqlSyntaxException.tooLarge(
          first.line(),
          first.column(),
          "this statement has more than "
              + Lexer.MAX_TOKENS
              + " tokens; the importer reads statements up to that length");
    }
    ignoredStatement(statement);
  }

  private void create(Cursor cursor, Statement statement) {
    cursor.accept("OR", "REPLACE");
    if (!cursor.accept("GLOBAL")) {
      cursor.accept("LOCAL");
    }
    var temporary = cursor.accept("TEMPORARY") || cursor.accept("TEMP");
    var unlogged = cursor.accept("UNLOGGED");
    if (cursor.accept("TABLE")) {
      if (temporary || unlogged) {
        warnings.add(
            statement.line(),
            "CLAUSE_NOT_KEPT",
            (temporary ? "TEMPORARY" : "UNLOGGED")
                + " is not kept; the table is imported as a table");
      }
      createTable(cursor, statement);
    } else if (cursor.sees("UNIQUE", "INDEX") || cursor.sees("INDEX")) {
      createIndex(cursor, statement);
    } else if (cursor.sees("TYPE")) {
      createType(cursor, statement);
    } else if (cursor.accept("SEQUENCE")) {
      cursor.accept("IF", "NOT", "EXISTS");
      var parts = cursor.qualifiedName("a sequence name");
      draft.sequences.put(Draft.key(parts.get(parts.size() - 1)), statement.line());
    } else {
      ignoredStatement(statement);
    }
  }

  private void createTable(Cursor cursor, Statement statement) {
    cursor.accept("IF", "NOT", "EXISTS");
    var nameToken = cursor.peek();
    var parts =
        engine == Engine.SQLITE && nameToken != null && nameToken.kind() == Token.Kind.STRING
            // SQLite reads a 'quoted' table name as a name; its .schema writes FTS5 tables so
            ? List.of(cursor.next().text())
            : cursor.qualifiedName("a table name");
    var reference = names.reference(parts, nameToken == null ? 1 : nameToken.line());
    if (cursor.sees("AS") || cursor.sees("PARTITION", "OF") || cursor.sees("OF")) {
      ignored(
          statement.line(),
          "CREATE TABLE \""
              + reference.bareName()
              + "\" "
              + cursor.peek().text()
              + " … is not kept");
      return;
    }
    if (engine == Engine.SQLITE && Draft.key(reference.bareName()).startsWith("sqlite_")) {
      ignored(statement.line(), "SQLite's own table \"" + reference.bareName() + "\" is not kept");
      return;
    }
    if (draft.tables.containsKey(reference.key())) {
      throw new SqlSyntaxException(
          nameToken.line(),
          nameToken.column(),
          "the table \"" + reference.bareName() + "\" is created twice");
    }
    var name = reference.bareName();
    if (draft.nameTaken(name)) {
      name = reference.schema() + "_" + name;
      warnings.add(
          statement.line(),
          "TABLE_RENAMED",
          "table \""
              + reference.schema()
              + "."
              + reference.bareName()
              + "\" is imported as \""
              + name
              + "\" since another schema has a table of that name");
    }
    var table =
        new TableDraft(
            name,
            reference.bareName(),
            reference.key(),
            statement.line(),
            statement.first().start());
    cursor.expectSymbol("(");
    if (!cursor.seesSymbol(")")) {
      do {
        if (TableReader.seesTableConstraint(cursor)) {
          tables.tableConstraint(cursor, table);
        } else {
          tables.column(cursor, table);
        }
        if (!cursor.seesSymbol(",") && !cursor.seesSymbol(")")) {
          throw cursor.error("expected ',' or ')' here" + found(cursor));
        }
      } while (cursor.acceptSymbol(","));
    }
    cursor.expectSymbol(")");
    tableOptions(cursor, table);
    if (engine == Engine.SQLITE) {
      SqliteComments.attach(statement, table, text);
    }
    draft.addTable(reference.key(), table);
  }

  private static final java.util.Set<String> QUIET_OPTIONS =
      java.util.Set.of("ENGINE", "CHARSET", "COLLATE", "AUTO_INCREMENT", "CHARACTER");

  private void tableOptions(Cursor cursor, TableDraft table) {
    var ignored = new ArrayList<String>();
    while (!cursor.atEnd()) {
      var token = cursor.next();
      if (token.is("COMMENT")) {
        cursor.acceptSymbol("=");
        table.comment = Option.of(cursor.string("the table comment"));
      } else if (token.is("DEFAULT") || token.isSymbol(",")) {
        // DEFAULT CHARSET=…: the option follows; commas separate options
      } else if (token.isSymbol("(")) {
        cursor.reset(cursor.mark() - 1);
        cursor.skipGroup();
      } else if (token.kind() == Token.Kind.WORD) {
        cursor.accept("SET");
        if (!QUIET_OPTIONS.contains(token.upper())) {
          ignored.add(token.text());
        }
        if (cursor.acceptSymbol("=") && !cursor.atEnd()) {
          cursor.next();
        }
      }
    }
    if (!ignored.isEmpty()) {
      warnings.add(
          table.line,
          "TABLE_OPTIONS_NOT_KEPT",
          "table \""
              + table.name
              + "\": the table options "
              + String.join(" ", ignored)
              + " are not kept");
    }
  }

  private void createIndex(Cursor cursor, Statement statement) {
    var unique = cursor.accept("UNIQUE");
    cursor.expect("INDEX");
    cursor.accept("CONCURRENTLY");
    cursor.accept("IF", "NOT", "EXISTS");
    Option<String> name = Option.none();
    if (!cursor.sees("ON") && !cursor.sees("USING")) {
      var parts = cursor.qualifiedName("an index name");
      name = Option.of(parts.get(parts.size() - 1));
    }
    if (cursor.accept("USING")) {
      cursor.next();
    }
    cursor.expect("ON");
    cursor.accept("ONLY");
    var tableToken = cursor.peek();
    var parts = cursor.qualifiedName("a table name");
    var reference = names.reference(parts, tableToken.line());
    if (cursor.accept("USING")) {
      var method = cursor.next();
      if (!method.is("btree")) {
        warnings.add(
            statement.line(),
            "CLAUSE_NOT_KEPT",
            "the index method " + method.text() + " is not kept");
      }
    }
    var columns = indexColumns(cursor);
    var rest = new ArrayList<String>();
    while (!cursor.atEnd()) {
      var token = cursor.next();
      if (token.is("WHERE")) {
        ignored(
            statement.line(),
            "the partial index "
                + name.getOrElse("")
                + " is not kept (documents have no index predicates)");
        return;
      }
      if (token.kind() == Token.Kind.WORD) {
        rest.add(token.text());
      }
    }
    var table = draft.table(reference.key(), reference.qualified());
    if (table.isEmpty()) {
      ignored(
          statement.line(),
          "the index "
              + name.getOrElse("")
              + " is on table \""
              + reference.bareName()
              + "\", which the script does not create; it is not kept");
      return;
    }
    if (columns.isEmpty()) {
      ignored(
          statement.line(),
          "the expression index "
              + name.getOrElse("")
              + " is not kept (documents index columns only)");
      return;
    }
    if (!rest.isEmpty()) {
      warnings.add(
          statement.line(),
          "CLAUSE_NOT_KEPT",
          "index " + name.getOrElse("") + ": " + String.join(" ", rest) + " is not kept");
    }
    table.get().indexes.add(new IndexDraft(name, columns.get(), unique, statement.line(), false));
  }

  /** The columns of CREATE INDEX; none when one of them is an expression. */
  private Option<List<String>> indexColumns(Cursor cursor) {
    cursor.expectSymbol("(");
    var columns = new ArrayList<String>();
    var expression = false;
    do {
      var token = cursor.peek();
      if (token != null
              && token.isName()
              && (cursor.peek(1) == null || !cursor.peek(1).isSymbol("("))
          || token != null && token.isName() && engine == Engine.MYSQL) {
        columns.add(cursor.name("a column name"));
        if (cursor.seesSymbol("(")) {
          cursor.skipGroup(); // MySQL's prefix length
        }
      } else {
        expression = true;
      }
      while (!cursor.atEnd() && !cursor.seesSymbol(",") && !cursor.seesSymbol(")")) {
        if (cursor.seesSymbol("(")) {
          cursor.skipGroup();
        } else {
          cursor.next(); // ASC, DESC, NULLS FIRST, COLLATE x, an operator class
        }
      }
    } while (cursor.acceptSymbol(","));
    cursor.expectSymbol(")");
    return expression ? Option.none() : Option.of(columns);
  }

  private void createType(Cursor cursor, Statement statement) {
    cursor.expect("TYPE");
    var parts = cursor.qualifiedName("a type name");
    var name = parts.get(parts.size() - 1);
    if (!cursor.accept("AS", "ENUM")) {
      ignored(statement.line(), "the type \"" + name + "\" is not an enum; it is not kept");
      return;
    }
    cursor.expectSymbol("(");
    var values = new ArrayList<String>();
    if (!cursor.seesSymbol(")")) {
      do {
        values.add(cursor.string("an enum value"));
      } while (cursor.acceptSymbol(","));
    }
    cursor.expectSymbol(")");
    draft.enums.put(Draft.key(name), new EnumDraft(name, values));
  }

  private void alterSequence(Cursor cursor, Statement statement) {
    cursor.accept("IF", "EXISTS");
    var parts = cursor.qualifiedName("a sequence name");
    var sequence = Draft.key(parts.get(parts.size() - 1));
    if (!cursor.accept("OWNED", "BY")) {
      ignoredStatement(statement);
      return;
    }
    if (cursor.accept("NONE")) {
      return;
    }
    var columnToken = cursor.peek();
    var owner = cursor.qualifiedName("the owning column");
    if (owner.size() < 2) {
      throw new SqlSyntaxException(
          columnToken.line(),
          columnToken.column(),
          "OWNED BY names a table's column: table.column");
    }
    var reference = names.reference(owner.subList(0, owner.size() - 1), columnToken.line());
    var column =
        draft
            .table(reference.key(), reference.qualified())
            .flatMap(t -> t.column(owner.get(owner.size() - 1)));
    if (column.isEmpty()) {
      ignored(
          statement.line(),
          "the sequence is owned by a column the script does not create; it is not kept");
      return;
    }
    column.get().autoIncrement = true;
    draft.sequences.remove(sequence);
  }

  private void comment(Cursor cursor, Statement statement) {
    if (cursor.accept("TABLE")) {
      var token = cursor.peek();
      var parts = cursor.qualifiedName("a table name");
      var reference = names.reference(parts, token.line());
      var table = draft.table(reference.key(), reference.qualified());
      cursor.expect("IS");
      var comment = commentText(cursor);
      if (table.isEmpty()) {
        ignored(
            statement.line(),
            "the comment is on a table the script does not create; it is not kept");
        return;
      }
      table.get().comment = comment;
    } else if (cursor.accept("COLUMN")) {
      var token = cursor.peek();
      var parts = cursor.qualifiedName("a column name");
      if (parts.size() < 2) {
        throw new SqlSyntaxException(
            token.line(), token.column(), "COMMENT ON COLUMN names a table's column: table.column");
      }
      var reference = names.reference(parts.subList(0, parts.size() - 1), token.line());
      var column =
          draft
              .table(reference.key(), reference.qualified())
              .flatMap(t -> t.column(parts.get(parts.size() - 1)));
      cursor.expect("IS");
      var comment = commentText(cursor);
      if (column.isEmpty()) {
        ignored(
            statement.line(),
            "the comment is on a column the script does not create; it is not kept");
        return;
      }
      column.get().comment = comment;
    } else {
      ignoredStatement(statement);
    }
  }

  private static Option<String> commentText(Cursor cursor) {
    if (cursor.accept("NULL")) {
      return Option.none();
    }
    return Option.of(cursor.string("the comment"));
  }

  private void dropTable(Cursor cursor) {
    cursor.accept("IF", "EXISTS");
    do {
      var token = cursor.peek();
      var parts = cursor.qualifiedName("a table name");
      var reference = names.reference(parts, token.line());
      draft
          .table(reference.key(), reference.qualified())
          .forEach(table -> draft.removeTable(table.qualifiedKey));
    } while (cursor.acceptSymbol(","));
  }

  private void ignoredStatement(Statement statement) {
    var words = new StringBuilder();
    for (var token : withoutCreateOptions(statement.tokens())) {
      if (words.length() > 40
          || token.kind() != Token.Kind.WORD && token.kind() != Token.Kind.QUOTED) {
        break;
      }
      words.append(words.length() == 0 ? "" : " ").append(token.text());
    }
    var first = statement.first();
    var code =
        first.is("INSERT") || first.is("COPY") || first.is("REPLACE")
            ? "DATA_NOT_KEPT"
            : "STATEMENT_NOT_KEPT";
    warnings.add(
        statement.line(), code, (words.length() == 0 ? first.text() : words) + " … is not kept");
  }

  /**
   * The tokens of a statement without MySQL's options between CREATE and the kind of object ({@code
   * ALGORITHM=…}, {@code DEFINER=`user`@`host`}, {@code SQL SECURITY …}), so a warning names it:
   * {@code CREATE VIEW customer_names AS …}.
   */
  private static List<Token> withoutCreateOptions(List<Token> tokens) {
    if (tokens.isEmpty() || !tokens.get(0).is("CREATE")) {
      return tokens;
    }
    var kept = new ArrayList<Token>();
    kept.add(tokens.get(0));
    var i = 1;
    while (i < tokens.size()) {
      var token = tokens.get(i);
      if (token.is("ALGORITHM") || token.is("DEFINER")) {
        i++;
        if (i < tokens.size() && tokens.get(i).isSymbol("=")) {
          i++;
        }
        i++; // the value: UNDEFINED, `user`, CURRENT_USER
        while (i < tokens.size()
            && (tokens.get(i).isSymbol("@")
                || tokens.get(i).isSymbol("(")
                || tokens.get(i).isSymbol(")"))) {
          i += tokens.get(i).isSymbol("@") ? 2 : 1;
        }
      } else if (token.is("SQL") && i + 1 < tokens.size() && tokens.get(i + 1).is("SECURITY")) {
        i += 3;
      } else {
        break;
      }
    }
    kept.addAll(tokens.subList(Math.min(i, tokens.size()), tokens.size()));
    return kept;
  }

  private void ignored(int line, String message) {
    warnings.add(line, "STATEMENT_NOT_KEPT", message);
  }

  private static String found(Cursor cursor) {
    return cursor.peek() == null
        ? ", but the statement ends"
        : ", found " + cursor.peek().describe();
  }
}
