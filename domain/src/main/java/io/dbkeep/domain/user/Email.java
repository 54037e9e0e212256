package io.dbkeep.domain.user;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An email address, trimmed and lower-cased, at most 254 characters. */
public record Email(String value) {

  public static final int MAX_LENGTH = 254;

  private static final Pattern SHAPE =
      Pattern.compile("^[^\\s@\"(),:;<>\\[\\\\\\]]+@[^\\s@\"(),:;<>\\[\\\\\\]]+\\.[^\\s@.]+$");

  public Email {
    Objects.requireNonNull(value, "value");
    if (!value.equals(normalise(value)) || !isWellFormed(value)) {
      throw new IllegalArgumentException("not a valid email address");
    }
  }

  /** Normalises and checks {@code raw}; none when it is not an email address. */
  public static Option<Email> parse(String raw) {
    if (raw == null) {
      return Option.none();
    }
    var normalised = normalise(raw);
    return isWellFormed(normalised) ? Option.of(new Email(normalised)) : Option.none();
  }

  private static String normalise(String raw) {
    return raw.strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isWellFormed(String text) {
    return text.length() <= MAX_LENGTH && SHAPE.matcher(text).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
