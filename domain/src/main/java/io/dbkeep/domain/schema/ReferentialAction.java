package io.dbkeep.domain.schema;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a foreign key does when the referenced row is deleted or updated. */
public enum ReferentialAction {
  CASCADE("CASCADE"),
  SET_NULL("SET NULL"),
  RESTRICT("RESTRICT"),
  NO_ACTION("NO ACTION");

  private static final ReferentialAction[] VALUES = values();

  /**
   * Runs of blanks and underscores, compiled once: {@code String.replaceAll} compiled it for each
   * of the two actions of every relation of every saved document.
   */
  private static final Pattern BLANKS = Pattern.compile("[\\s_]+");

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
    for (var action : VALUES) {
      if (action.sql.equals(text)) {
        return Option.of(action); // the wire spelling, as every saved relation has it
      }
    }
    var key = BLANKS.matcher(text.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
    for (var action : VALUES) {
      if (action.sql.equals(key)) {
        return Option.of(action);
      }
    }
    return Option.none();
  }
}
