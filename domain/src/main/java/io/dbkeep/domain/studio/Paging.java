package io.dbkeep.domain.studio;

import java.util.Objects;

/**
 * Which page of rows: by offset (any table), or by keyset after or before a {@link RowCursor}
 * (tables with a primary key; as fast at page 10,000 as at page 1).
 */
public sealed interface Paging permits Paging.Offset, Paging.After, Paging.Before {

  /** Skip {@code offset} rows. */
  record Offset(long offset) implements Paging {
    public Offset {
      if (offset < 0) {
        throw new IllegalArgumentException("offset must not be negative");
      }
    }
  }

  /** The rows that follow the cursor's row in sort order. */
  record After(RowCursor cursor) implements Paging {
    public After {
      Objects.requireNonNull(cursor, "cursor");
    }
  }

  /** The rows that precede the cursor's row in sort order (returned in sort order). */
  record Before(RowCursor cursor) implements Paging {
    public Before {
      Objects.requireNonNull(cursor, "cursor");
    }
  }

  static Paging first() {
    return new Offset(0);
  }
}
