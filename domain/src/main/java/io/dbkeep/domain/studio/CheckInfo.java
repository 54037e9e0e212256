package io.dbkeep.domain.studio;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * A CHECK constraint of a table as its catalog prints it: the condition in the engine's own
 * spelling (without the {@code CHECK} keyword and its outer parentheses), not yet the document's
 * neutral subset.
 *
 * @param name the constraint name; none for SQLite's unnamed {@code CHECK (…)}
 * @param condition the condition as the engine prints it
 * @param validated false for PostgreSQL's {@code NOT VALID} checks (rows before it may break it)
 */
public record CheckInfo(Option<String> name, String condition, boolean validated) {

  public CheckInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(condition, "condition");
  }

  /** A named, validated check. */
  public static CheckInfo of(String name, String condition) {
    return new CheckInfo(Option.of(name), condition, true);
  }
}
