package io.dbkeep.domain.project;

import io.vavr.control.Option;

/**
 * How many versions of a project are kept: all of them ({@link #KEEP_ALL}, the default), or the
 * last {@code n} plus every labelled one. The version a project is at is always kept.
 *
 * @param keepLast none: keep all; else how many of the newest versions to keep (at least 1)
 */
public record VersionRetention(Option<Integer> keepLast) {

  public static final VersionRetention KEEP_ALL = new VersionRetention(Option.none());

  public VersionRetention {
    java.util.Objects.requireNonNull(keepLast, "keepLast");
    keepLast.forEach(
        n -> {
          if (n < 1) {
            throw new IllegalArgumentException("keep at least the last version, not " + n);
          }
        });
  }

  public static VersionRetention keepLast(int n) {
    return new VersionRetention(Option.of(n));
  }

  /**
   * Whether a version is kept once {@code newest} is the newest number: labelled ones always, the
   * others while they are among the last {@code n}.
   */
  public boolean keeps(long number, boolean labelled, long newest) {
    return labelled || keepLast.map(n -> number > newest - n).getOrElse(true);
  }
}
