package io.dbkeep.adapter.out.sqlimport;

import java.util.ArrayList;
import java.util.List;

/** Reads the tokens of one statement from left to right; refusals name the token they stand at. */
final class Cursor {

  private final List<Token> tokens;
  private final Positions positions;
  private int index;

  Cursor(List<Token> tokens, Positions positions) {
    this.tokens = tokens;
    this.positions = positions;
  }

  boolean atEnd() {
    return index >= tokens.size();
  }

  /** The token {@code ahead} places on, or null past the end. */
  Token peek(int ahead) {
    var at = index + ahead;
    return at < tokens.size() ? tokens.get(at) : null;
  }

  Token peek() {
    return peek(0);
  }

  Token next() {
    if (atEnd()) {
      throw error("the statement ends too early");
    }
    return tokens.get(index++);
  }

  int mark() {
    return index;
  }

  void reset(int mark) {
    index = mark;
  }

  /** Whether the next tokens are the words {@code keywords}, in order. */
  boolean sees(String... keywords) {
    for (int i = 0; i < keywords.length; i++) {
      var token = peek(i);
      if (token == null || !token.is(keywords[i])) {
        return false;
      }
    }
    return true;
  }

  boolean seesSymbol(String symbol) {
    var token = peek();
    return token != null && token.isSymbol(symbol);
  }

  /** Consumes the words {@code keywords} if they come next; false (consuming nothing) if not. */
  boolean accept(String... keywords) {
    if (sees(keywords)) {
      index += keywords.length;
      return true;
    }
    return false;
  }

  boolean acceptSymbol(String symbol) {
    if (seesSymbol(symbol)) {
      index++;
      return true;
    }
    return false;
  }

  void expect(String... keywords) {
    for (var keyword : keywords) {
      if (!accept(keyword)) {
        throw error("expected " + keyword + " here" + found());
      }
    }
  }

  void expectSymbol(String symbol) {
    if (!acceptSymbol(symbol)) {
      throw error("expected '" + symbol + "' here" + found());
    }
  }

  /** A name (word or quoted identifier). */
  String name(String what) {
    var token = peek();
    if (token == null || !token.isName()) {
      throw error("expected " + what + " here" + found());
    }
    index++;
    return token.text();
  }

  /** A possibly qualified name {@code a.b.c}, as its parts. */
  List<String> qualifiedName(String what) {
    var parts = new ArrayList<String>();
    parts.add(name(what));
    while (seesSymbol(".") && peek(1) != null && peek(1).isName()) {
      index++;
      parts.add(name(what));
    }
    return parts;
  }

  /** A parenthesised, comma-separated list of names: {@code (a, b)}. */
  List<String> nameList(String what) {
    expectSymbol("(");
    var names = new ArrayList<String>();
    do {
      names.add(name(what));
    } while (acceptSymbol(","));
    expectSymbol(")");
    return names;
  }

  /** Skips a parenthesised group, nested ones included; at '(' now. */
  void skipGroup() {
    expectSymbol("(");
    var depth = 1;
    while (depth > 0) {
      var token = next();
      if (token.isSymbol("(")) {
        depth++;
      } else if (token.isSymbol(")")) {
        depth--;
      }
    }
  }

  /** A string literal's value. */
  String string(String what) {
    var token = peek();
    if (token == null || token.kind() != Token.Kind.STRING) {
      throw error("expected " + what + " (a string literal) here" + found());
    }
    index++;
    return token.text();
  }

  /** An integer literal. */
  int integer(String what) {
    var token = peek();
    if (token == null || token.kind() != Token.Kind.NUMBER) {
      throw error("expected " + what + " (a number) here" + found());
    }
    index++;
    try {
      return Integer.parseInt(token.text());
    } catch (NumberFormatException e) {
      throw new SqlSyntaxException(
          token.line(), token.column(), what + " must be a whole number up to 2147483647");
    }
  }

  /** A refusal at the next token, or just past the last one. */
  SqlSyntaxException error(String message) {
    var token = peek();
    if (token != null) {
      return new SqlSyntaxException(token.line(), token.column(), message);
    }
    var last = tokens.get(tokens.size() - 1);
    return new SqlSyntaxException(positions, last.end(), message);
  }

  private String found() {
    var token = peek();
    return token == null ? ", but the statement ends" : ", found " + token.describe();
  }
}
