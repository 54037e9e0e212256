package io.dbkeep.adapter.in.web.request;

import io.vavr.control.Option;

/** Versions as entity tags: version 3 is the strong tag {@code "3"}. */
public final class ETags {

  /** A version that no stored revision has, for If-Match values that cannot match. */
  private static final long NEVER = -1;

  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version an {@code If-Match} header asks for: none when absent or {@code *}; a version that
   * never matches when the value is not one of our tags (the update then fails with 412).
   */
  public static Option<Long> expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return Option.none();
    }
    var tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      var version = Long.parseLong(tag);
      return Option.of(version >= 0 ? version : NEVER);
    } catch (NumberFormatException e) {
      return Option.of(NEVER);
    }
  }

  /** Whether an {@code If-None-Match} header already names {@code version}. */
  public static boolean matches(String ifNoneMatch, long version) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (var candidate : ifNoneMatch.split(",")) {
      var tag = candidate.strip();
      if (tag.equals("*") || tag.equals(of(version)) || tag.equals("W/" + of(version))) {
        return true;
      }
    }
    return false;
  }
}
