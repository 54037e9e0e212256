package io.dbkeep.domain.studio;

/** Ascending or descending. NULLs sort last ascending and first descending on every engine. */
public enum SortDirection {
  ASC,
  DESC
}
