package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.domain.format.ImportError;

/** A text that is not SQL of the engine at a place; becomes an {@link ImportError}. */
final class SqlSyntaxException extends RuntimeException {

  private final int line;
  private final int column;

  SqlSyntaxException(Positions positions, int offset, String message) {
    this(positions.line(offset), positions.column(offset), message);
  }

  SqlSyntaxException(int line, int column, String message) {
    super(message, null, false, false);
    this.line = Math.max(1, line);
    this.column = Math.max(1, column);
  }

  ImportError toError() {
    return new ImportError(ImportError.Code.SYNTAX_ERROR, line, column, getMessage());
  }
}
