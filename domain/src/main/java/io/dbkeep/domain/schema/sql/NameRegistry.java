package io.dbkeep.domain.schema.sql;

import java.util.HashSet;
import java.util.Set;

/**
 * The names taken in one namespace, compared as the engine compares them. Generated names are
 * shortened to the identifier limit (with a stable hash suffix) and made unique with {@code _2},
 * {@code _3}, … in the order they are asked for, so the same document always gets the same names.
 */
final class NameRegistry {

  private final Dialect dialect;
  private final Set<String> taken = new HashSet<>();

  NameRegistry(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Takes {@code name} as it is; false when it was already taken. */
  boolean reserve(String name) {
    return taken.add(dialect.fold(name));
  }

  boolean isTaken(String name) {
    return taken.contains(dialect.fold(name));
  }

  /** A free name derived from {@code candidate}, now taken. */
  String allocate(String candidate) {
    var name = dialect.shorten(candidate);
    for (int n = 2; !reserve(name); n++) {
      name = dialect.shorten(candidate + "_" + n);
    }
    return name;
  }
}
