package io.dbkeep.adapter.out.dbml;

import io.dbkeep.adapter.out.dbml.DbmlLexer.Kind;
import io.dbkeep.adapter.out.dbml.DbmlLexer.Token;
import io.dbkeep.adapter.out.dbml.DbmlModel.Column;
import io.dbkeep.adapter.out.dbml.DbmlModel.Endpoint;
import io.dbkeep.adapter.out.dbml.DbmlModel.EnumValue;
import io.dbkeep.adapter.out.dbml.DbmlModel.Index;
import io.dbkeep.adapter.out.dbml.DbmlModel.IndexPart;
import io.dbkeep.adapter.out.dbml.DbmlModel.QualifiedName;
import io.dbkeep.adapter.out.dbml.DbmlModel.Ref;
import io.dbkeep.adapter.out.dbml.DbmlModel.Setting;
import io.dbkeep.adapter.out.dbml.DbmlModel.Skipped;
import io.dbkeep.adapter.out.dbml.DbmlModel.StickyNote;
import io.dbkeep.adapter.out.dbml.DbmlModel.Table;
import io.dbkeep.adapter.out.dbml.DbmlModel.TableGroup;
import io.dbkeep.domain.schema.SchemaLimits;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A recursive-descent parser of DBML without recursion: DBML nests only a fixed number of levels
 * (element, body, settings), so each level is its own method and no input can grow the stack. It
 * throws {@link DbmlSyntaxException} at the first token that does not fit.
 */
final class DbmlParser {

  final List<DbmlModel.Project> projects = new ArrayList<>();
  final List<Table> tables = new ArrayList<>();
  final List<Ref> refs = new ArrayList<>();
  final List<DbmlModel.Enum> enums = new ArrayList<>();
  final List<TableGroup> groups = new ArrayList<>();
  final List<StickyNote> notes = new ArrayList<>();
  final List<Skipped> skipped = new ArrayList<>();

  private final DbmlLexer lexer;
  private final ArrayDeque<Token> ahead = new ArrayDeque<>(4);

  private final SchemaLimits limits;

  private DbmlParser(DbmlLexer lexer, SchemaLimits limits) {
    this.lexer = lexer;
    this.limits = limits;
  }

  static DbmlParser parse(String text, SchemaLimits limits) {
    var parser = new DbmlParser(DbmlLexer.of(text), limits);
    parser.elements();
    return parser;
  }

  private void elements() {
    while (peek().kind() != Kind.END) {
      var keyword = peek();
      if (keyword.kind() != Kind.WORD) {
        throw unexpected(keyword, "Table, Ref, Enum, TableGroup, Note or Project");
      }
      switch (keyword.text().toLowerCase(Locale.ROOT)) {
        case "project" -> project();
        case "table" -> table();
        case "ref" -> topLevelRef();
        case "enum" -> enumeration();
        case "tablegroup" -> tableGroup();
        case "note" -> stickyNote();
        default -> skipElement(keyword);
      }
    }
  }

  private void project() {
    var keyword = next();
    String name = peek().isName() ? next().text() : null;
    expect("{");
    var settings = new ArrayList<Setting>();
    String note = null;
    while (!peek().is("}")) {
      var key = peek();
      if (key.isWord("note")) {
        note = note();
        continue;
      }
      var word = name("a project setting");
      expect(":");
      var value = next();
      if (!(value.kind() == Kind.STRING || value.isName() || value.kind() == Kind.NUMBER)) {
        throw unexpected(value, "a value");
      }
      settings.add(
          new Setting(word.toLowerCase(Locale.ROOT), value, value.text(), null, key.line()));
    }
    expect("}");
    projects.add(new DbmlModel.Project(name, settings, note, keyword.line()));
  }

  private void table() {
    var keyword = next();
    if (tables.size() >= limits.maxTables()) {
      throw new DbmlSyntaxException(
          keyword.line(), keyword.column(), "more than " + limits.maxTables() + " tables", true);
    }
    var name = qualifiedName("a table name");
    String alias = null;
    if (peek().isWord("as")) {
      next();
      alias = name("an alias");
    }
    var settings = peek().is("[") ? settings() : List.<Setting>of();
    expect("{");
    var columns = new ArrayList<Column>();
    var indexes = new ArrayList<Index>();
    var checks = new ArrayList<DbmlModel.CheckEntry>();
    String note = null;
    int noteLine = 0;
    while (!peek().is("}")) {
      var first = peek();
      if (first.isWord("note") && (peekSecond().is(":") || peekSecond().is("{"))) {
        noteLine = first.line();
        note = note();
      } else if (first.isWord("indexes") && peekSecond().is("{")) {
        next();
        indexes(indexes);
      } else if (first.isWord("checks") && peekSecond().is("{")) {
        next();
        checks(checks);
      } else {
        if (columns.size() >= limits.maxColumnsPerTable()) {
          throw new DbmlSyntaxException(
              first.line(),
              first.column(),
              "table "
                  + name.display()
                  + " has more than "
                  + limits.maxColumnsPerTable()
                  + " columns",
              true);
        }
        columns.add(column());
      }
    }
    expect("}");
    tables.add(
        new Table(name, alias, settings, columns, indexes, checks, note, noteLine, keyword.line()));
  }

  private Column column() {
    var nameToken = peek();
    var name = name("a column name");
    var typeName = qualifiedName("a column type");
    var arguments = new ArrayList<String>();
    if (peek().is("(")) {
      next();
      while (!peek().is(")")) {
        var argument = next();
        if (argument.kind() == Kind.END) {
          throw unexpected(argument, "')'");
        }
        if (!argument.is(",")) {
          arguments.add(argument.text());
        }
      }
      next();
    }
    boolean array = false;
    while (peek().is("[") && peekSecond().is("]")) {
      next();
      next();
      array = true;
    }
    var settings = peek().is("[") ? settings() : List.<Setting>of();
    return new Column(
        name, new DbmlModel.Type(typeName, arguments, array), settings, nameToken.line());
  }

  private void indexes(List<Index> into) {
    expect("{");
    while (!peek().is("}")) {
      var start = peek();
      var parts = new ArrayList<IndexPart>();
      if (start.is("(")) {
        next();
        while (!peek().is(")")) {
          parts.add(indexPart());
          if (!peek().is(")")) {
            expect(",");
          }
        }
        next();
      } else {
        parts.add(indexPart());
      }
      var settings = peek().is("[") ? settings() : List.<Setting>of();
      into.add(new Index(parts, settings, start.line()));
    }
    expect("}");
  }

  /** {@code checks { `expression` [name: 'c'] … }}. */
  private void checks(List<DbmlModel.CheckEntry> into) {
    expect("{");
    while (!peek().is("}")) {
      var token = next();
      if (token.kind() != Kind.EXPRESSION) {
        throw unexpected(token, "a check `expression`");
      }
      var settings = peek().is("[") ? settings() : List.<Setting>of();
      into.add(new DbmlModel.CheckEntry(token.text(), settings, token.line()));
    }
    expect("}");
  }

  private IndexPart indexPart() {
    var token = next();
    if (token.kind() == Kind.EXPRESSION) {
      return new IndexPart(null, token.text());
    }
    if (token.isName()) {
      return new IndexPart(token.text(), null);
    }
    throw unexpected(token, "a column name or a `expression`");
  }

  private void topLevelRef() {
    next();
    String name = peek().isName() ? next().text() : null;
    if (peek().is(":")) {
      next();
      refs.add(refBody(name));
    } else if (peek().is("{")) {
      next();
      while (!peek().is("}")) {
        refs.add(refBody(name));
      }
      next();
    } else {
      throw unexpected(peek(), "':' or '{' after Ref");
    }
  }

  private Ref refBody(String name) {
    var left = endpoint();
    var operator = operator();
    var right = endpoint();
    var settings = peek().is("[") ? settings() : List.<Setting>of();
    return new Ref(name, left, operator, right, settings);
  }

  private String operator() {
    var token = next();
    if (token.is("<") || token.is(">") || token.is("-") || token.is("<>")) {
      return token.text();
    }
    throw unexpected(token, "a relation operator (<, >, - or <>)");
  }

  /** {@code a.b}, {@code s.a.b}, {@code a.(x, y)}, {@code s.a.(x, y)}. */
  private Endpoint endpoint() {
    var start = peek();
    var names = new ArrayList<String>();
    names.add(name("a table name"));
    List<String> columns = null;
    while (peek().is(".") && columns == null) {
      next();
      if (peek().is("(")) {
        next();
        columns = new ArrayList<>();
        while (!peek().is(")")) {
          columns.add(name("a column name"));
          if (!peek().is(")")) {
            expect(",");
          }
        }
        next();
      } else {
        names.add(name("a name"));
      }
      if (names.size() > 3) {
        throw new DbmlSyntaxException(
            start.line(), start.column(), "a reference is schema.table.column at most");
      }
    }
    if (columns == null) {
      if (names.size() < 2) {
        throw new DbmlSyntaxException(
            start.line(), start.column(), "a reference names table.column");
      }
      columns = List.of(names.remove(names.size() - 1));
    }
    if (names.size() > 2 || columns.isEmpty()) {
      throw new DbmlSyntaxException(
          start.line(), start.column(), "a reference is schema.table.column at most");
    }
    var table =
        names.size() == 2
            ? new QualifiedName(names.get(0), names.get(1), start.line(), start.column())
            : new QualifiedName(null, names.get(0), start.line(), start.column());
    return new Endpoint(table, columns, start.line(), start.column());
  }

  private void enumeration() {
    var keyword = next();
    var name = qualifiedName("an enum name");
    expect("{");
    var values = new ArrayList<EnumValue>();
    while (!peek().is("}")) {
      var value = next();
      if (!(value.isName() || value.kind() == Kind.STRING || value.kind() == Kind.NUMBER)) {
        throw unexpected(value, "an enum value");
      }
      var settings = peek().is("[") ? settings() : List.<Setting>of();
      values.add(new EnumValue(value.text(), settings, value.line()));
    }
    expect("}");
    enums.add(new DbmlModel.Enum(name, values, keyword.line()));
  }

  private void tableGroup() {
    var keyword = next();
    var name = name("a table group name");
    var settings = peek().is("[") ? settings() : List.<Setting>of();
    expect("{");
    var members = new ArrayList<QualifiedName>();
    String note = null;
    while (!peek().is("}")) {
      if (peek().isWord("note") && (peekSecond().is(":") || peekSecond().is("{"))) {
        note = note();
      } else {
        members.add(qualifiedName("a table name"));
      }
    }
    expect("}");
    groups.add(new TableGroup(name, members, settings, note, keyword.line()));
  }

  private void stickyNote() {
    var keyword = next();
    var name = name("a note name");
    var settings = peek().is("[") ? settings() : List.<Setting>of();
    expect("{");
    var content = next();
    if (content.kind() != Kind.STRING) {
      throw unexpected(content, "the note's text in quotes");
    }
    expect("}");
    notes.add(new StickyNote(name, content.text(), settings, keyword.line()));
  }

  /** {@code Note: 'text'} or {@code Note { 'text' }}, the keyword not yet taken. */
  private String note() {
    next();
    if (peek().is(":")) {
      next();
      return string();
    }
    expect("{");
    var text = string();
    expect("}");
    return text;
  }

  private String string() {
    var token = next();
    if (token.kind() != Kind.STRING) {
      throw unexpected(token, "a string in quotes");
    }
    return token.text();
  }

  /** {@code [key, key: value, multi word key: multi word value, ref: > a.b]}. */
  private List<Setting> settings() {
    expect("[");
    var settings = new ArrayList<Setting>();
    while (!peek().is("]")) {
      var first = peek();
      var key = new StringBuilder(name("a setting"));
      while (peek().kind() == Kind.WORD) {
        key.append(' ').append(next().text());
      }
      var keyText = key.toString().toLowerCase(Locale.ROOT);
      if (peek().is(":")) {
        next();
        if (keyText.equals("ref")) {
          var operator = operator();
          var target = endpoint();
          settings.add(
              new Setting(
                  keyText,
                  null,
                  null,
                  new Ref(null, null, operator, target, List.of()),
                  first.line()));
        } else {
          settings.add(value(keyText, first));
        }
      } else {
        settings.add(new Setting(keyText, null, null, null, first.line()));
      }
      if (!peek().is("]")) {
        expect(",");
      }
    }
    next();
    return settings;
  }

  private Setting value(String key, Token first) {
    var token = next();
    if (token.is("-") && peek().kind() == Kind.NUMBER) {
      var number = next();
      return new Setting(key, number, "-" + number.text(), null, first.line());
    }
    switch (token.kind()) {
      case STRING, EXPRESSION, NUMBER, COLOR, QUOTED -> {
        return new Setting(key, token, token.text(), null, first.line());
      }
      case WORD -> {
        var words = new StringBuilder(token.text());
        while (peek().kind() == Kind.WORD) {
          words.append(' ').append(next().text());
        }
        return new Setting(key, token, words.toString(), null, first.line());
      }
      default -> throw unexpected(token, "a value for " + key);
    }
  }

  /** Skips an element DBKeep does not model ({@code TablePartial}, {@code Records} …). */
  private void skipElement(Token keyword) {
    next();
    while (!peek().is("{")) {
      var token = next();
      if (token.kind() == Kind.END || token.is("}")) {
        throw unexpected(
            keyword,
            "Table, Ref, Enum, TableGroup, Note or Project (not '" + keyword.text() + "')");
      }
    }
    int depth = 0;
    do {
      var token = next();
      if (token.kind() == Kind.END) {
        throw new DbmlSyntaxException(
            keyword.line(), keyword.column(), "the block that starts here is never closed");
      }
      if (token.is("{")) {
        depth++;
      } else if (token.is("}")) {
        depth--;
      }
    } while (depth > 0);
    skipped.add(new Skipped(keyword.text(), keyword.line()));
  }

  private QualifiedName qualifiedName(String what) {
    var start = peek();
    var first = name(what);
    if (peek().is(".") && peekSecond().isName()) {
      next();
      return new QualifiedName(first, next().text(), start.line(), start.column());
    }
    return new QualifiedName(null, first, start.line(), start.column());
  }

  private String name(String what) {
    var token = next();
    if (!token.isName()) {
      throw unexpected(token, what);
    }
    return token.text();
  }

  private void expect(String symbol) {
    var token = next();
    if (!token.is(symbol)) {
      throw unexpected(token, "'" + symbol + "'");
    }
  }

  private DbmlSyntaxException unexpected(Token token, String expected) {
    var found =
        switch (token.kind()) {
          case END -> "the end of the text";
          case STRING -> "a string";
          case EXPRESSION -> "an expression";
          default -> "'" + shorten(token.text()) + "'";
        };
    return new DbmlSyntaxException(
        token.line(), token.column(), "expected " + expected + " but found " + found);
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  private Token peek() {
    if (ahead.isEmpty()) {
      ahead.addLast(lexer.nextToken());
    }
    return ahead.peekFirst();
  }

  /** The token after the next one. */
  private Token peekSecond() {
    peek();
    if (ahead.size() < 2) {
      ahead.addLast(lexer.nextToken());
    }
    return ahead.peekLast();
  }

  private Token next() {
    var token = peek();
    if (token.kind() != Kind.END) {
      ahead.removeFirst();
    }
    return token;
  }
}
