package io.dbkeep.domain.studio;

/** Whether a relation stores rows (a table) or computes them (a view; never editable). */
public enum TableKind {
  TABLE("table"),
  VIEW("view");

  private final String wireName;

  TableKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
