package io.dbkeep.domain.schema;

import io.vavr.control.Option;
import java.util.Locale;

/** What a foreign key does when the referenced row is deleted or updated. */
public enum ReferentialAction {
  CASCADE("CASCADE"),
  SET_NULL("SET NULL"),
  RESTRICT("RESTRICT"),
  NO_ACTION("NO ACTION");

  private final String sql;

  ReferentialAction(String sql) {
    this.sql = sql;
  }

  /** The SQL (and wire) spelling, e.g. {@code "SET NULL"}. */
  public String sql() {
    return sql;
  }

  public static Option<ReferentialAction> parse(String text) {
    if (text == null) {
      return Option.none();
    }
    var key = text.strip().replaceAll("[\\s_]+", " ").toUpperCase(Locale.ROOT);
    for (var action : values()) {
      if (action.sql.equals(key)) {
        return Option.of(action);
      }
    }
    return Option.none();
  }
}
