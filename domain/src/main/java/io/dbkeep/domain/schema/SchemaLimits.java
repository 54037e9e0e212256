package io.dbkeep.domain.schema;

/**
 * How large a document may be, so hostile input cannot exhaust memory or time. Reading a larger
 * document reports {@code TOO_MANY_TABLES} or {@code TOO_MANY_COLUMNS}; a relation with more column
 * pairs than a table may have columns ({@code maxColumnsPerTable}) reports {@code
 * TOO_MANY_RELATION_COLUMNS}.
 *
 * @param maxTables most tables in a document
 * @param maxColumnsPerTable most columns in one table
 */
public record SchemaLimits(int maxTables, int maxColumnsPerTable) {

  /** Most characters in one CHECK expression; a longer one is refused when read. */
  public static final int MAX_CHECK_EXPRESSION_LENGTH = 4_000;

  /**
   * Deepest nesting of a CHECK expression (parentheses, operators, NOT): deeper ones are refused by
   * the parser instead of exhausting its stack.
   */
  public static final int MAX_CHECK_EXPRESSION_DEPTH = 64;

  /** 20,000 tables, 1,000 columns per table. */
  public static final SchemaLimits DEFAULT = new SchemaLimits(20_000, 1_000);

  public SchemaLimits {
    if (maxTables < 1 || maxColumnsPerTable < 1) {
      throw new IllegalArgumentException("schema limits must be positive");
    }
  }
}
