package io.dbkeep.domain.user;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * A page of users for administrators: an optional search on one field, a sort and a window.
 *
 * @param search text to look for (case-insensitive); none lists everybody
 * @param limit at most this many users (1–500)
 * @param offset skip this many first
 */
public record UserQuery(
    Option<String> search,
    Field field,
    Operator operator,
    Field sortBy,
    boolean descending,
    int limit,
    int offset) {

  /** The fields one can search and sort by. */
  public enum Field {
    EMAIL,
    NAME,
    CREATED_AT
  }

  /** How the search text must match. */
  public enum Operator {
    CONTAINS,
    STARTS_WITH,
    ENDS_WITH
  }

  public static final int MAX_LIMIT = 500;

  public UserQuery {
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(sortBy, "sortBy");
    if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
      throw new IllegalArgumentException("limit must be 1–500 and offset not negative");
    }
    if (search.isDefined() && field == Field.CREATED_AT) {
      throw new IllegalArgumentException("one searches by email or name");
    }
  }

  /** Whether {@code user} matches the search. */
  public boolean matches(User user) {
    if (search.isEmpty()) {
      return true;
    }
    var needle = search.get().toLowerCase(java.util.Locale.ROOT);
    var haystack =
        (field == Field.NAME ? user.name() : user.email().value())
            .toLowerCase(java.util.Locale.ROOT);
    return switch (operator) {
      case CONTAINS -> haystack.contains(needle);
      case STARTS_WITH -> haystack.startsWith(needle);
      case ENDS_WITH -> haystack.endsWith(needle);
    };
  }
}
