package io.dbkeep.adapter.out.sqlimport;

/**
 * The lexical rules of one engine's SQL: how names are quoted, which string and comment forms
 * exist, and what a dump may carry besides SQL.
 *
 * @param doubleQuotedNames {@code "x"} is a name (false: MySQL, where it is a string)
 * @param backtickNames {@code `x`} is a name
 * @param bracketNames {@code [x]} is a name (SQLite)
 * @param backslashEscapes backslashes escape in every string literal (MySQL)
 * @param escapeStrings {@code E'…'} strings with backslash escapes (PostgreSQL)
 * @param dollarQuotes {@code $tag$…$tag$} strings (PostgreSQL)
 * @param nestedComments block comments nest (PostgreSQL)
 * @param hashComments {@code #} starts a line comment (MySQL)
 * @param executableComments {@code /*!40101 … *}{@code /} carry SQL (MySQL)
 * @param metaCommands a backslash at the start of a line is a psql command (PostgreSQL)
 * @param delimiterCommand {@code DELIMITER} lines of the mysql client (MySQL)
 */
record Lexicon(
    boolean doubleQuotedNames,
    boolean backtickNames,
    boolean bracketNames,
    boolean backslashEscapes,
    boolean escapeStrings,
    boolean dollarQuotes,
    boolean nestedComments,
    boolean hashComments,
    boolean executableComments,
    boolean metaCommands,
    boolean delimiterCommand) {

  static final Lexicon POSTGRESQL =
      new Lexicon(true, false, false, false, true, true, true, false, false, true, false);
  static final Lexicon MYSQL =
      new Lexicon(false, true, false, true, false, false, false, true, true, false, true);
  static final Lexicon SQLITE =
      new Lexicon(true, true, true, false, false, false, false, false, false, false, false);
}
