package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.domain.format.ImportError;

/** A text that is not SQL of the engine at a place; becomes an {@link ImportError}. */
final class SqlSyntaxException extends RuntimeException {

  private final int line;
  private final int column;
  private final boolean tooLarge;

  SqlSyntaxException(Positions positions, int offset, String message) {
    this(positions.line(offset), positions.column(offset), message);
  }

  SqlSyntaxException(int line, int column, String message) {
    this(line, column, message, false);
  }

  private SqlSyntaxException(int line, int column, String message, boolean tooLarge) {
    super(message, null, false, false);
    this.line = Math.max(1, line);
    this.column = Math.max(1, column);
    this.tooLarge = tooLarge;
  }

  /** More than the reader keeps in memory, at a place: {@link ImportError.Code#TOO_LARGE}. */
  static SqlSyntaxException tooLarge(int line, int column, String message) {
    return new SqlSyntaxException(line, column, message, true);
  }

  ImportError toError() {
    return new ImportError(
        tooLarge ? ImportError.Code.TOO_LARGE : ImportError.Code.SYNTAX_ERROR,
        line,
        column,
        getMessage());
  }
}
