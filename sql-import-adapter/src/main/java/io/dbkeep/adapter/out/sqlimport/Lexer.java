package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.adapter.out.sqlimport.Statement.Comment;
import io.dbkeep.adapter.out.sqlimport.Token.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Splits an SQL text into statements of tokens in one pass, by the engine's {@link Lexicon}: string
 * literals (with doubled quotes, backslash escapes where the engine has them, {@code E'…'}, dollar
 * quotes), quoted names, nested and executable comments and psql commands are read whole, so a
 * {@code ;} inside any of them never ends a statement. Linear in the text's length; an unterminated
 * literal, name or comment is a {@link SqlSyntaxException} at the place it starts.
 *
 * <p>Memory is bounded whatever the text: statements are handed out one at a time (never all held
 * at once), a statement keeps at most {@value #MAX_TOKENS} tokens (the rest is still lexed, so
 * literals keep their meaning, and the statement is marked {@link Statement#truncated()}), and at
 * most the last {@value #MAX_COMMENTS} comments before and inside it, as places in the text rather
 * than copies of it.
 */
final class Lexer {

  /**
   * The most tokens a statement keeps: a 1,000-column CREATE TABLE has about 20,000; a bulk INSERT
   * of a whole dump can have millions, which would need gigabytes as tokens.
   */
  static final int MAX_TOKENS = 200_000;

  /** The most comments a statement keeps (the last ones: those right above it count). */
  static final int MAX_COMMENTS = 10_000;

  private final String text;
  private final Lexicon lexicon;
  private final Positions positions;
  private final Consumer<Statement> each;
  private List<Token> tokens = new ArrayList<>();
  private boolean truncated;
  private ArrayDeque<Comment> comments = new ArrayDeque<>();

  /** How far {@link #inTriggerBody()} has read the current statement, and what it found. */
  private int triggerScanned;

  private int triggerDepth;
  private boolean triggerBegun;
  private int pos;
  private boolean inExecutableComment;

  private Lexer(String text, Lexicon lexicon, Consumer<Statement> each) {
    this.text = text;
    this.lexicon = lexicon;
    this.positions = new Positions(text);
    this.each = each;
  }

  /** The statements of {@code text}; empty statements (a lone {@code ;}) are left out. */
  static List<Statement> split(String text, Lexicon lexicon) {
    var statements = new ArrayList<Statement>();
    forEach(text, lexicon, statements::add);
    return statements;
  }

  /**
   * Hands each statement of {@code text} to {@code each} as soon as it ends, in order; a syntax
   * error is thrown when the lexer reaches it (after the statements before it were handed out).
   */
  static void forEach(String text, Lexicon lexicon, Consumer<Statement> each) {
    new Lexer(text, lexicon, each).run();
  }

  private void run() {
    while (true) {
      skipBlanksAndComments();
      if (pos >= text.length()) {
        break;
      }
      var c = text.charAt(pos);
      if (c == ';' && inTriggerBody()) {
        var start = pos;
        pos++;
        add(Kind.SYMBOL, ";", start);
      } else if (c == ';') {
        pos++;
        endStatement();
      } else if (lexicon.metaCommands() && c == '\\' && atLineStart(pos)) {
        endStatement();
        var start = pos;
        pos = lineEnd(pos);
        add(Kind.META, text.substring(start, pos).strip(), start);
        endStatement();
      } else if (lexicon.delimiterCommand() && atLineStart(pos) && startsWithWord("DELIMITER")) {
        delimiterBlock();
      } else {
        token();
      }
    }
    if (inExecutableComment) {
      // an executable comment left open: MySQL would refuse it too
      throw new SqlSyntaxException(
          positions, text.length(), "the executable comment is not closed");
    }
    endStatement();
  }

  /**
   * Whether the statement so far is a {@code CREATE [TEMP] TRIGGER … BEGIN} whose body has not
   * reached its {@code END} (SQLite's triggers hold statements, each ending with ';'); a CASE
   * inside the body has an END of its own.
   */
  private boolean inTriggerBody() {
    if (tokens.size() < 3 || !tokens.get(0).is("CREATE")) {
      return false;
    }
    var next = tokens.get(1).is("TEMP") || tokens.get(1).is("TEMPORARY") ? 2 : 1;
    if (!tokens.get(next).is("TRIGGER")) {
      return false;
    }
    // incremental, so a body of many statements costs one pass
    for (; triggerScanned < tokens.size(); triggerScanned++) {
      var token = tokens.get(triggerScanned);
      if (triggerDepth == 0 && !triggerBegun) {
        triggerBegun = token.is("BEGIN");
        triggerDepth = triggerBegun ? 1 : 0;
      } else if (token.is("CASE")) {
        triggerDepth++;
      } else if (token.is("END")) {
        triggerDepth--;
      }
    }
    return triggerBegun && triggerDepth > 0;
  }

  private void endStatement() {
    triggerScanned = 0;
    triggerDepth = 0;
    triggerBegun = false;
    if (lexicon.metaCommands() && isCopyFromStdin()) {
      skipCopyData();
    }
    if (!tokens.isEmpty()) {
      var statement = new Statement(List.copyOf(tokens), List.copyOf(comments), truncated);
      tokens = new ArrayList<>();
      comments = new ArrayDeque<>();
      truncated = false;
      each.accept(statement);
      return;
    }
    tokens = new ArrayList<>();
    comments = new ArrayDeque<>();
    truncated = false;
  }

  private void comment(int start, int textStart, int textEnd) {
    if (comments.size() >= MAX_COMMENTS) {
      comments.removeFirst();
    }
    comments.addLast(new Comment(textStart, textEnd, start, line(start)));
  }

  private boolean isCopyFromStdin() {
    if (tokens.isEmpty() || !tokens.get(0).is("COPY")) {
      return false;
    }
    for (var token : tokens) {
      if (token.is("STDIN")) {
        return true;
      }
    }
    return false;
  }

  /** pg_dump's data after {@code COPY … FROM stdin;}: lines up to one that is {@code \.}. */
  private void skipCopyData() {
    pos = lineEnd(pos);
    while (pos < text.length()) {
      pos++;
      var end = lineEnd(pos);
      var line = text.substring(pos, end);
      pos = end;
      if (line.equals("\\.")) {
        return;
      }
    }
  }

  private void skipBlanksAndComments() {
    while (pos < text.length()) {
      var c = text.charAt(pos);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        pos++;
      } else if (c == '-' && next(1) == '-' && lineCommentAfterDashes()) {
        var start = pos;
        pos = lineEnd(pos);
        comment(start, start + 2, pos);
      } else if (c == '#' && lexicon.hashComments()) {
        pos = lineEnd(pos);
      } else if (c == '/' && next(1) == '*') {
        if (lexicon.executableComments() && executableCommentStart()) {
          continue;
        }
        blockComment();
      } else if (c == '*' && next(1) == '/' && inExecutableComment) {
        inExecutableComment = false;
        pos += 2;
      } else {
        return;
      }
    }
  }

  /** MySQL wants a blank or control character after {@code --}; the others do not. */
  private boolean lineCommentAfterDashes() {
    if (!lexicon.hashComments()) {
      return true;
    }
    var after = next(2);
    return after == 0 || after <= ' ';
  }

  /** At {@code /*!NNNNN} or {@code /*M!NNNNN}: step into the comment, which holds SQL. */
  private boolean executableCommentStart() {
    var at = pos + 2;
    if (at < text.length() && text.charAt(at) == 'M' && at + 1 < text.length()) {
      at++;
    }
    if (at >= text.length() || text.charAt(at) != '!' || inExecutableComment) {
      return false;
    }
    at++;
    while (at < text.length() && Character.isDigit(text.charAt(at))) {
      at++;
    }
    if (at < text.length() && text.charAt(at) == '\\') {
      return false; // a mysql client command such as MariaDB's sandbox marker: a plain comment
    }
    pos = at;
    inExecutableComment = true;
    return true;
  }

  private void blockComment() {
    var start = pos;
    var depth = 0;
    while (pos < text.length()) {
      if (text.charAt(pos) == '/' && next(1) == '*') {
        if (depth > 0 && !lexicon.nestedComments()) {
          pos++;
          continue;
        }
        depth++;
        pos += 2;
      } else if (text.charAt(pos) == '*' && next(1) == '/') {
        depth--;
        pos += 2;
        if (depth == 0) {
          comment(start, start + 2, pos - 2);
          return;
        }
      } else {
        pos++;
      }
    }
    throw new SqlSyntaxException(positions, start, "the comment that starts here is not closed");
  }

  private void token() {
    var start = pos;
    var c = text.charAt(pos);
    if (c == '\'') {
      add(Kind.STRING, quoted('\'', lexicon.backslashEscapes(), "string literal"), start);
    } else if (c == '"') {
      if (lexicon.doubleQuotedNames()) {
        add(Kind.QUOTED, quoted('"', false, "quoted name"), start);
      } else {
        add(Kind.STRING, quoted('"', lexicon.backslashEscapes(), "string literal"), start);
      }
    } else if (c == '`' && lexicon.backtickNames()) {
      add(Kind.QUOTED, quoted('`', false, "quoted name"), start);
    } else if (c == '[' && lexicon.bracketNames()) {
      var close = text.indexOf(']', pos + 1);
      if (close < 0) {
        throw new SqlSyntaxException(
            positions, start, "the quoted name that starts here is not closed");
      }
      pos = close + 1;
      add(Kind.QUOTED, text.substring(start + 1, close), start);
    } else if (c == '$' && lexicon.dollarQuotes() && dollarQuote()) {
      return;
    } else if (prefixedString(c)) {
      return;
    } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(next(1)))) {
      number();
    } else if (isWordStart(c)) {
      while (pos < text.length() && isWordPart(text.charAt(pos))) {
        pos++;
      }
      add(Kind.WORD, text.substring(start, pos), start);
    } else {
      symbol();
    }
  }

  /** E'…', N'…', X'…', B'…' (and U&'…'): a string literal with a one-letter prefix. */
  private boolean prefixedString(char c) {
    var upper = Character.toUpperCase(c);
    if ((upper == 'E' || upper == 'N' || upper == 'X' || upper == 'B') && next(1) == '\'') {
      var start = pos;
      pos++;
      var escapes = (upper == 'E' && lexicon.escapeStrings()) || lexicon.backslashEscapes();
      add(Kind.STRING, quoted('\'', escapes, "string literal"), start);
      return true;
    }
    if (upper == 'U' && next(1) == '&' && next(2) == '\'') {
      var start = pos;
      pos += 2;
      add(Kind.STRING, quoted('\'', false, "string literal"), start);
      return true;
    }
    return false;
  }

  /** A {@code $tag$…$tag$} string; false when the {@code $} starts no such quote. */
  private boolean dollarQuote() {
    var start = pos;
    var at = pos + 1;
    while (at < text.length() && isTagPart(text.charAt(at), at == pos + 1)) {
      at++;
    }
    if (at >= text.length() || text.charAt(at) != '$') {
      return false;
    }
    var tag = text.substring(pos, at + 1);
    var close = text.indexOf(tag, at + 1);
    if (close < 0) {
      throw new SqlSyntaxException(
          positions, start, "the dollar-quoted string " + tag + " that starts here is not closed");
    }
    pos = close + tag.length();
    add(Kind.STRING, text.substring(at + 1, close), start);
    return true;
  }

  private static boolean isTagPart(char c, boolean first) {
    return c == '_' || Character.isLetter(c) || (!first && Character.isDigit(c));
  }

  /** The value of a literal or name closed by {@code quote}, a doubled quote standing for one. */
  private String quoted(char quote, boolean backslashEscapes, String what) {
    var start = pos;
    pos++;
    var value = new StringBuilder();
    while (pos < text.length()) {
      var c = text.charAt(pos);
      if (c == quote) {
        if (next(1) == quote) {
          value.append(quote);
          pos += 2;
          continue;
        }
        pos++;
        return value.toString();
      }
      if (c == '\\' && backslashEscapes && pos + 1 < text.length()) {
        value.append(unescape(text.charAt(pos + 1)));
        pos += 2;
        continue;
      }
      value.append(c);
      pos++;
    }
    throw new SqlSyntaxException(
        positions, start, "the " + what + " that starts here is not closed");
  }

  private static String unescape(char c) {
    return switch (c) {
      case 'n' -> "\n";
      case 't' -> "\t";
      case 'r' -> "\r";
      case 'b' -> "\b";
      case '0' -> "\0";
      case 'Z' -> "\u001A";
      case '%', '_' -> "\\" + c;
      default -> String.valueOf(c);
    };
  }

  private void number() {
    var start = pos;
    if (text.charAt(pos) == '0' && (next(1) == 'x' || next(1) == 'X')) {
      pos += 2;
      while (pos < text.length() && Character.digit(text.charAt(pos), 16) >= 0) {
        pos++;
      }
      add(Kind.NUMBER, text.substring(start, pos), start);
      return;
    }
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos < text.length() && text.charAt(pos) == '.' && next(1) != '.') {
      pos++;
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      var at = pos + 1;
      if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
        at++;
      }
      if (at < text.length() && Character.isDigit(text.charAt(at))) {
        pos = at;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
          pos++;
        }
      }
    }
    add(Kind.NUMBER, text.substring(start, pos), start);
  }

  private static final String[] OPERATORS = {
    "::", "||", "<=", ">=", "<>", "!=", "->>", "->", ":=", "=>", "<<", ">>", "@>", "<@"
  };

  private void symbol() {
    var start = pos;
    for (var operator : OPERATORS) {
      if (text.startsWith(operator, pos)) {
        pos += operator.length();
        add(Kind.SYMBOL, operator, start);
        return;
      }
    }
    var codePoint = text.codePointAt(pos);
    pos += Character.charCount(codePoint);
    add(Kind.SYMBOL, text.substring(start, pos), start);
  }

  /**
   * The mysql client's {@code DELIMITER //} … {@code DELIMITER ;}: routines, triggers and events in
   * a dump. The DELIMITER line is a statement, and each statement of the block (up to the block's
   * delimiter) becomes one of its header words alone — {@code CREATE TRIGGER t BEFORE INSERT ON x}
   * — as quoted tokens, so the reader reports each as not kept at its own line and never tries to
   * read one as DDL.
   */
  private void delimiterBlock() {
    endStatement();
    var start = pos;
    var end = lineEnd(pos);
    var delimiter = text.substring(pos + "DELIMITER".length(), end).strip();
    pos = end;
    add(Kind.WORD, "DELIMITER", start);
    endStatement();
    if (delimiter.isEmpty() || delimiter.equals(";")) {
      return;
    }
    var lines = text.length();
    var blockStart = Math.min(lines, end + 1);
    var blockEnd = lines;
    while (pos < lines) {
      var lineStart = pos;
      var lineEnd = lineEnd(pos);
      var line = text.substring(lineStart, lineEnd).strip();
      pos = Math.min(lines, lineEnd + 1);
      if (line.toUpperCase(Locale.ROOT).startsWith("DELIMITER")
          && line.substring("DELIMITER".length()).strip().equals(";")) {
        blockEnd = lineStart;
        break;
      }
    }
    var from = blockStart;
    while (from < blockEnd) {
      var to = text.indexOf(delimiter, from);
      if (to < 0 || to > blockEnd) {
        to = blockEnd;
      }
      blockStatement(from, to);
      from = to + delimiter.length();
    }
  }

  /** The header words of the statement in {@code text[from, to)}, as one statement. */
  private void blockStatement(int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    if (from >= to) {
      return;
    }
    var header =
        text.substring(from, to)
            .replaceAll("/\\*!\\d*", " ")
            .replace("*/", " ")
            .replace("`", "")
            .strip()
            .split("\\s+");
    for (var word : header) {
      if (tokens.size() == 8 || word.equalsIgnoreCase("BEGIN")) {
        break;
      }
      if (word.isEmpty() || word.toUpperCase(Locale.ROOT).startsWith("DEFINER=")) {
        continue;
      }
      var paren = word.indexOf('(');
      var cut = paren < 0 ? word : word.substring(0, paren);
      if (!cut.isEmpty()) {
        tokens.add(new Token(Kind.QUOTED, cut, from, from, line(from), positions.column(from)));
      }
      if (paren >= 0) {
        break;
      }
    }
    endStatement();
  }

  private boolean startsWithWord(String word) {
    return text.regionMatches(true, pos, word, 0, word.length())
        && (pos + word.length() >= text.length()
            || Character.isWhitespace(text.charAt(pos + word.length())));
  }

  private void add(Kind kind, String value, int start) {
    if (tokens.size() >= MAX_TOKENS) {
      truncated = true;
      return;
    }
    tokens.add(new Token(kind, value, start, pos, line(start), positions.column(start)));
  }

  private int line(int offset) {
    return positions.line(offset);
  }

  private char next(int ahead) {
    return pos + ahead < text.length() ? text.charAt(pos + ahead) : 0;
  }

  private boolean atLineStart(int offset) {
    var at = offset - 1;
    while (at >= 0 && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at--;
    }
    return at < 0 || text.charAt(at) == '\n' || text.charAt(at) == '\r';
  }

  private int lineEnd(int from) {
    var at = from;
    while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
      at++;
    }
    return at;
  }

  private static boolean isWordStart(char c) {
    return c == '_'
        || Character.isLetter(c)
        || (c > 127
            && !Character.isWhitespace(c)
            && !Character.isISOControl(c)
            && Character.isLetterOrDigit(c));
  }

  private static boolean isWordPart(char c) {
    return c == '_' || c == '$' || Character.isLetterOrDigit(c) || Character.isSurrogate(c);
  }
}
