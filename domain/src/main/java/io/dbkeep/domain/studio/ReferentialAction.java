package io.dbkeep.domain.studio;

import java.util.Locale;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
  NO_ACTION("NO ACTION"),
  RESTRICT("RESTRICT"),
  CASCADE("CASCADE"),
  SET_NULL("SET NULL"),
  SET_DEFAULT("SET DEFAULT");

  private final String sql;

  ReferentialAction(String sql) {
    this.sql = sql;
  }

  /** The SQL spelling, e.g. {@code SET NULL}. */
  public String sql() {
    return sql;
  }

  /** Reads the SQL spelling (any case, spaces or underscores); unknown text is NO ACTION. */
  public static ReferentialAction parse(String text) {
    if (text == null) {
      return NO_ACTION;
    }
    var key = text.strip().toUpperCase(Locale.ROOT).replace('_', ' ');
    for (var action : values()) {
      if (action.sql.equals(key)) {
        return action;
      }
    }
    return NO_ACTION;
  }
}
