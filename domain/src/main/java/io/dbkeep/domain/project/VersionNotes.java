package io.dbkeep.domain.project;

import io.dbkeep.domain.problem.Problem;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What people write on a version: an optional label (a short name such as {@code v1.2}, kept by any
 * retention) and an optional message. Both are trimmed and non-blank when present, at most {@value
 * #MAX_LABEL} and {@value #MAX_MESSAGE} characters. A change ({@link #apply}) refuses U+0000,
 * unpaired surrogates and control characters (a message may hold tabs and line breaks).
 */
public record VersionNotes(Option<String> label, Option<String> message) {

  public static final int MAX_LABEL = 100;
  public static final int MAX_MESSAGE = 2_000;

  public static final VersionNotes NONE = new VersionNotes(Option.none(), Option.none());

  public VersionNotes {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(message, "message");
    label.forEach(text -> require(text, MAX_LABEL, "label"));
    message.forEach(text -> require(text, MAX_MESSAGE, "message"));
  }

  /** Notes with only a message. */
  public static VersionNotes message(String message) {
    return new VersionNotes(Option.none(), Option.of(message));
  }

  /** Whether the version is labelled (labelled versions outlive any retention). */
  public boolean isLabelled() {
    return label.isDefined();
  }

  /**
   * These notes with a change applied: a field that is absent from {@code change} stays; a present
   * one replaces it, and a blank or null text clears it. Every problem is listed at once.
   */
  public Either<List<Problem>, VersionNotes> apply(Change change) {
    var problems = new ArrayList<Problem>();
    var newLabel =
        change.label().isDefined()
            ? checked(change.label().get(), MAX_LABEL, "label", problems)
            : label;
    var newMessage =
        change.message().isDefined()
            ? checked(change.message().get(), MAX_MESSAGE, "message", problems)
            : message;
    if (!problems.isEmpty()) {
      return Either.left(problems);
    }
    return Either.right(new VersionNotes(newLabel, newMessage));
  }

  /**
   * A change of notes: for each field, none when it is not to change, else the new text (null or
   * blank clears it).
   */
  public record Change(Option<String> label, Option<String> message) {
    public Change {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(message, "message");
    }

    public boolean isEmpty() {
      return label.isEmpty() && message.isEmpty();
    }
  }

  private static Option<String> checked(String raw, int max, String field, List<Problem> problems) {
    if (raw == null || raw.isBlank()) {
      return Option.none();
    }
    var text = raw.strip();
    if (length(text) > max) {
      problems.add(
          Problem.error(field, "TOO_LONG", field + " must be at most " + max + " characters long"));
      return Option.none();
    }
    var refused = TextCharacters.refused(text, field.equals("message"));
    if (refused.isDefined()) {
      problems.add(
          Problem.error(field, "INVALID_CHARACTER", field + " must not contain " + refused.get()));
      return Option.none();
    }
    return Option.of(text);
  }

  private static void require(String text, int max, String field) {
    if (text == null
        || text.isBlank()
        || !text.equals(text.strip())
        || length(text) > max
        || text.indexOf('\u0000') >= 0) {
      throw new IllegalArgumentException("not a valid version " + field + ": " + text);
    }
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
