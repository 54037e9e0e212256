package io.dbkeep.domain.project;

import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import java.util.Objects;

/**
 * What a caller asks of a project's version before changing it (an {@code If-Match}): any version
 * that exists ({@code *}), or one of the listed versions. An empty list — tags that name no version
 * of ours — matches none.
 *
 * @param any whether every version matches; then {@code versions} is empty
 * @param versions the versions that match when not {@code any}; never negative
 */
public record ExpectedVersion(boolean any, SortedSet<Long> versions) {

  /** Any version matches ({@code If-Match: *}). */
  public static final ExpectedVersion ANY = new ExpectedVersion(true, TreeSet.empty());

  /** No version matches (an {@code If-Match} that names none of ours). */
  public static final ExpectedVersion NONE = new ExpectedVersion(false, TreeSet.empty());

  public ExpectedVersion {
    Objects.requireNonNull(versions, "versions");
    if (any && !versions.isEmpty()) {
      throw new IllegalArgumentException("any version, or the versions listed, not both");
    }
    if (versions.exists(version -> version < 0)) {
      throw new IllegalArgumentException("versions are never negative: " + versions);
    }
  }

  public static ExpectedVersion of(long version) {
    return new ExpectedVersion(false, TreeSet.of(version));
  }

  /** One of {@code versions}; negative ones, which no project has, are left out. */
  public static ExpectedVersion oneOf(Iterable<Long> versions) {
    return new ExpectedVersion(false, TreeSet.ofAll(versions).filter(version -> version >= 0));
  }

  public boolean admits(long version) {
    return any || versions.contains(version);
  }
}
