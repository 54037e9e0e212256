package io.dbkeep.domain.project;

import io.dbkeep.domain.problem.Problem;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * A project's name: trimmed, 1 to {@value #MAX_LENGTH} characters. A name given by someone ({@link
 * #of}) holds no U+0000, unpaired surrogate or control character; names stored before that rule
 * still load.
 */
public record ProjectName(String value) {

  public static final int MAX_LENGTH = 200;

  public ProjectName {
    Objects.requireNonNull(value, "value");
    if (!value.equals(value.strip()) || value.isEmpty() || length(value) > MAX_LENGTH) {
      throw new IllegalArgumentException("not a valid project name: " + value);
    }
  }

  /** Trims {@code raw} and checks its length; the problem names {@code path} when it fails. */
  public static Either<Problem, ProjectName> of(String raw, String path) {
    if (raw == null) {
      return Either.left(Problem.error(path, "REQUIRED", "name is required"));
    }
    var trimmed = raw.strip();
    if (trimmed.isEmpty()) {
      return Either.left(Problem.error(path, "BLANK", "name must not be blank"));
    }
    if (length(trimmed) > MAX_LENGTH) {
      return Either.left(
          Problem.error(
              path, "TOO_LONG", "name must be at most " + MAX_LENGTH + " characters long"));
    }
    var refused = TextCharacters.refused(trimmed, false);
    if (refused.isDefined()) {
      return Either.left(
          Problem.error(path, "INVALID_CHARACTER", "name must not contain " + refused.get()));
    }
    return Either.right(new ProjectName(trimmed));
  }

  /** The name of a copy: {@code "<name> (copy)"}, shortening the original to stay in bounds. */
  public ProjectName copyName() {
    var suffix = " (copy)";
    var base = value;
    var room = MAX_LENGTH - suffix.length();
    if (length(base) > room) {
      base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
    }
    return new ProjectName(base + suffix);
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  @Override
  public String toString() {
    return value;
  }
}
