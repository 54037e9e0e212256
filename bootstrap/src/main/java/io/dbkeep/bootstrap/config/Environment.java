package io.dbkeep.bootstrap.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Typed reads of environment variables; a bad value is a {@link ConfigurationException}. */
public final class Environment {

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|kib|mb|mib|gb|gib)?");

  private final Map<String, String> variables;

  public Environment(Map<String, String> variables) {
    this.variables = Map.copyOf(variables);
  }

  public static Environment system() {
    return new Environment(System.getenv());
  }

  /** These variables with {@code name} set to {@code value}. */
  public Environment with(String name, String value) {
    var copy = new java.util.HashMap<>(variables);
    copy.put(name, value);
    return new Environment(copy);
  }

  /** The variable, when set to something other than blanks. */
  public Optional<String> text(String name) {
    return Optional.ofNullable(variables.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  public String text(String name, String fallback) {
    return text(name).orElse(fallback);
  }

  public int integer(String name, int fallback, int min, int max) {
    var raw = text(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      var value = Integer.parseInt(raw.get());
      if (value < min || value > max) {
        throw outOfRange(name, raw.get(), min, max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw outOfRange(name, raw.get(), min, max);
    }
  }

  public boolean flag(String name, boolean fallback) {
    var raw = text(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    return switch (raw.get().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default ->
          throw new ConfigurationException(
              name + " must be true or false, not \"" + raw.get() + "\"");
    };
  }

  /**
   * A duration such as {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}; a bare number is seconds.
   */
  public Duration duration(String name, Duration fallback) {
    var raw = text(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    var matcher = DURATION.matcher(raw.get().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new ConfigurationException(
          name + " must be a duration such as 500ms, 5s or 2m, not \"" + raw.get() + "\"");
    }
    var amount = Long.parseLong(matcher.group(1));
    var unit = matcher.group(2) == null ? "s" : matcher.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofSeconds(amount);
    };
  }

  /** A size in bytes such as {@code 1048576}, {@code 512KiB}, {@code 32MiB} or {@code 1GB}. */
  public long bytes(String name, long fallback) {
    var raw = text(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    var matcher = SIZE.matcher(raw.get().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new ConfigurationException(
          name + " must be a size such as 1048576, 512KiB or 32MiB, not \"" + raw.get() + "\"");
    }
    var amount = Long.parseLong(matcher.group(1));
    var unit = matcher.group(2) == null ? "b" : matcher.group(2);
    long factor =
        switch (unit) {
          case "kb" -> 1_000L;
          case "kib" -> 1_024L;
          case "mb" -> 1_000_000L;
          case "mib" -> 1_048_576L;
          case "gb" -> 1_000_000_000L;
          case "gib" -> 1_073_741_824L;
          default -> 1L;
        };
    var value = amount * factor;
    if (value < 1) {
      throw new ConfigurationException(name + " must be at least 1 byte");
    }
    return value;
  }

  private static ConfigurationException outOfRange(String name, String raw, int min, int max) {
    return new ConfigurationException(
        name + " must be an integer from " + min + " to " + max + ", not \"" + raw + "\"");
  }
}
