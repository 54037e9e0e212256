package io.dbkeep.adapter.out.studio;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.json.JsonCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;

/**
 * Conversions between driver values and JSON, the same on every engine: exact numerics as strings,
 * integers beyond ±2<sup>53</sup> as strings, timestamps ISO-8601, bytes as {@code {hex, size}}.
 */
final class Values {

  /**
   * The most characters a number written as text may have before it is parsed: more than any column
   * type holds ({@code numeric}'s 1,000 significant digits is PostgreSQL's declared limit).
   */
  static final int MAX_NUMBER_TEXT = 1_100;

  /**
   * The most digits before or after the decimal point a number may stand for: a value beyond is
   * refused before it is expanded ({@code 1e1000000} is ten characters but a million digits).
   */
  static final int MAX_DIGITS = 1_000;

  /** The largest integer a JSON number (an IEEE double) holds exactly. */
  /** A decimal number as text: what {@link BigDecimal} reads, without Java's other spellings. */
  private static final java.util.regex.Pattern DECIMAL_TEXT =
      java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  static final BigInteger MAX_SAFE = BigInteger.valueOf(9_007_199_254_740_991L);

  private static final HexFormat HEX = HexFormat.of();
  private static final JsonCodec CODEC = new JsonCodec();

  private Values() {}

  // ---- reading -------------------------------------------------------------------------------

  static JsonValue integer(BigInteger value) {
    return value.abs().compareTo(MAX_SAFE) <= 0
        ? new JsonNumber(new BigDecimal(value))
        : new JsonString(value.toString());
  }

  static JsonValue floating(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return new JsonString(Double.toString(value));
    }
    return new JsonNumber(new BigDecimal(Double.toString(value)));
  }

  static JsonValue bytes(byte[] value, int maxBytes) {
    var shown = value.length > maxBytes ? java.util.Arrays.copyOf(value, maxBytes) : value;
    var members = new LinkedHashMap<String, JsonValue>();
    members.put("hex", new JsonString(HEX.formatHex(shown)));
    members.put("size", JsonNumber.of(value.length));
    return new JsonObject(members);
  }

  static JsonValue json(String text) {
    if (text == null) {
      return JsonNull.INSTANCE;
    }
    try {
      return CODEC.read(text);
    } catch (RuntimeException e) {
      return new JsonString(text);
    }
  }

  static String date(LocalDate date) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
  }

  static String time(LocalTime time) {
    return DateTimeFormatter.ISO_LOCAL_TIME.format(time);
  }

  static String timestamp(LocalDateTime timestamp) {
    return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(timestamp);
  }

  static String instant(OffsetDateTime timestamp) {
    return DateTimeFormatter.ISO_INSTANT.format(timestamp.toInstant());
  }

  /** Any driver object as JSON, by its Java class: what arrays and untyped console results hold. */
  static JsonValue ofObject(Object value) throws SQLException {
    if (value == null) {
      return JsonNull.INSTANCE;
    }
    if (value instanceof Boolean bool) {
      return JsonBoolean.of(bool);
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return integer(BigInteger.valueOf(((Number) value).longValue()));
    }
    if (value instanceof BigInteger big) {
      return integer(big);
    }
    if (value instanceof BigDecimal decimal) {
      return new JsonString(decimal.toPlainString());
    }
    if (value instanceof Double || value instanceof Float) {
      return floating(((Number) value).doubleValue());
    }
    if (value instanceof byte[] bytes) {
      return bytes(bytes, Integer.MAX_VALUE);
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return new JsonString(timestamp(timestamp.toLocalDateTime()));
    }
    if (value instanceof java.sql.Date date) {
      return new JsonString(date(date.toLocalDate()));
    }
    if (value instanceof java.sql.Time time) {
      return new JsonString(time(time.toLocalTime()));
    }
    if (value instanceof LocalDateTime timestamp) {
      return new JsonString(timestamp(timestamp));
    }
    if (value instanceof LocalDate date) {
      return new JsonString(date(date));
    }
    if (value instanceof LocalTime time) {
      return new JsonString(time(time));
    }
    if (value instanceof OffsetDateTime timestamp) {
      return new JsonString(instant(timestamp));
    }
    if (value instanceof Instant instant) {
      return new JsonString(DateTimeFormatter.ISO_INSTANT.format(instant));
    }
    if (value instanceof OffsetTime time) {
      return new JsonString(time.toString());
    }
    if (value instanceof Array array) {
      return array(array);
    }
    if (value instanceof Object[] elements) {
      var converted = new ArrayList<JsonValue>(elements.length);
      for (var element : elements) {
        converted.add(ofObject(element));
      }
      return new JsonArray(converted);
    }
    if (value instanceof Clob clob) {
      return new JsonString(clob.getSubString(1, (int) Math.min(Integer.MAX_VALUE, clob.length())));
    }
    if (value instanceof Blob blob) {
      return bytes(
          blob.getBytes(1, (int) Math.min(Integer.MAX_VALUE, blob.length())), Integer.MAX_VALUE);
    }
    return new JsonString(value.toString());
  }

  static JsonValue array(Array array) throws SQLException {
    try {
      return ofObject(array.getArray());
    } finally {
      try {
        array.free();
      } catch (SQLException | UnsupportedOperationException e) {
        // Nothing to free.
      }
    }
  }

  // ---- writing -------------------------------------------------------------------------------

  /** The value as text, for text columns and engines that take text for anything. */
  static String text(JsonValue value) {
    if (value instanceof JsonString string) {
      return string.value();
    }
    if (value instanceof JsonNumber number) {
      return plainOrScientific(number.value());
    }
    if (value instanceof JsonBoolean bool) {
      return Boolean.toString(bool.value());
    }
    return CODEC.write(value);
  }

  /**
   * The number's plain text when that is short, else its scientific text: {@code 1e50000000} as
   * plain text is a 50 MB string.
   */
  static String plainOrScientific(BigDecimal value) {
    return withinDigits(value) ? value.toPlainString() : value.toString();
  }

  /** Whether {@code value} has at most {@link #MAX_DIGITS} digits before and after the point. */
  static boolean withinDigits(BigDecimal value) {
    long integerDigits = (long) value.precision() - value.scale();
    return integerDigits <= MAX_DIGITS && value.scale() <= MAX_DIGITS;
  }

  /**
   * A number from text or JSON, bounded before anything is expanded: at most {@link
   * #MAX_NUMBER_TEXT} characters and {@link #MAX_DIGITS} digits on either side of the point.
   */
  private static BigDecimal boundedDecimal(JsonValue value, String expects)
      throws InvalidValueException {
    BigDecimal decimal;
    if (value instanceof JsonNumber number) {
      decimal = number.value();
    } else if (value instanceof JsonString string) {
      var text = string.value().strip();
      if (text.length() > MAX_NUMBER_TEXT) {
        throw new InvalidValueException(
            "expects " + expects + ", not a text of " + text.length() + " characters");
      }
      try {
        decimal = new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new InvalidValueException("expects " + expects + ", not " + describe(value));
      }
    } else {
      throw new InvalidValueException("expects " + expects + ", not " + describe(value));
    }
    if (!withinDigits(decimal)) {
      throw new InvalidValueException(
          "expects " + expects + "; " + describe(value) + " is out of range");
    }
    return decimal;
  }

  /**
   * JSON text of a value for a JSON column. A string that holds JSON text is taken as that text.
   */
  static String jsonText(JsonValue value, boolean stringMayBeJsonText) {
    if (stringMayBeJsonText && value instanceof JsonString string) {
      try {
        return CODEC.write(CODEC.read(string.value()));
      } catch (RuntimeException e) {
        return CODEC.write(value);
      }
    }
    return CODEC.write(value);
  }

  /** The smallest and largest integers any engine's integer column holds (MySQL's unsigned). */
  static final BigInteger MIN_INTEGER = BigInteger.valueOf(Long.MIN_VALUE);

  static final BigInteger MAX_INTEGER = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  /**
   * An integer within {@code [min, max]}, checked by its number of digits before it is expanded (so
   * {@code 1e1000000} is refused at once, not after minutes of arithmetic).
   */
  static BigInteger toInteger(JsonValue value, BigInteger min, BigInteger max)
      throws InvalidValueException {
    var decimal = boundedDecimal(value, "an integer");
    var stripped = decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
    if (stripped.scale() > 0) {
      throw new InvalidValueException("expects an integer, not " + describe(value));
    }
    var limitDigits = Math.max(min.abs().toString().length(), max.toString().length());
    if ((long) stripped.precision() - stripped.scale() > limitDigits) {
      throw new InvalidValueException(
          "expects an integer from " + min + " to " + max + ", not " + describe(value));
    }
    var integer = stripped.toBigIntegerExact();
    if (integer.compareTo(min) < 0 || integer.compareTo(max) > 0) {
      throw new InvalidValueException(
          "expects an integer from " + min + " to " + max + ", not " + describe(value));
    }
    return integer;
  }

  /** An integer within what any engine's integer column holds. */
  static BigInteger toInteger(JsonValue value) throws InvalidValueException {
    return toInteger(value, MIN_INTEGER, MAX_INTEGER);
  }

  /**
   * A decimal number; with a declared precision and scale, one whose integer part fits {@code
   * numeric(precision, scale)} (the fraction is the database's to round).
   */
  static BigDecimal toDecimal(
      JsonValue value,
      io.vavr.control.Option<Integer> precision,
      io.vavr.control.Option<Integer> scale)
      throws InvalidValueException {
    var decimal = boundedDecimal(value, "a decimal number");
    if (precision.isDefined() && decimal.signum() != 0) {
      var integerDigits = (long) decimal.precision() - decimal.scale();
      var allowed = precision.get() - scale.getOrElse(0);
      if (integerDigits > Math.max(0, allowed)) {
        throw new InvalidValueException(
            "expects a number with at most "
                + Math.max(0, allowed)
                + " digit(s) before the decimal point, not "
                + describe(value));
      }
    }
    return decimal;
  }

  static BigDecimal toDecimal(JsonValue value) throws InvalidValueException {
    return toDecimal(value, io.vavr.control.Option.none(), io.vavr.control.Option.none());
  }

  static double toDouble(JsonValue value) throws InvalidValueException {
    if (value instanceof JsonNumber number) {
      var converted = number.value().doubleValue();
      if (Double.isInfinite(converted)) {
        throw new InvalidValueException("expects a number within ±1.8e308, not " + describe(value));
      }
      return converted;
    }
    if (value instanceof JsonString string) {
      var text = string.value().strip();
      switch (text) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          if (text.length() > MAX_NUMBER_TEXT) {
            throw new InvalidValueException(
                "expects a number, not a text of " + text.length() + " characters");
          }
          if (!DECIMAL_TEXT.matcher(text).matches()) {
            // Double.parseDouble also takes hex floats ("0x1p3") and suffixes ("1f", "2d")
            throw new InvalidValueException("expects a number, not " + describe(value));
          }
          try {
            var parsed = Double.parseDouble(text);
            if (Double.isInfinite(parsed)) {
              throw new InvalidValueException(
                  "expects a number within ±1.8e308, not " + describe(value));
            }
            return parsed;
          } catch (NumberFormatException e) {
            // Reported below.
          }
      }
    }
    throw new InvalidValueException("expects a number, not " + describe(value));
  }

  static boolean toBoolean(JsonValue value) throws InvalidValueException {
    if (value instanceof JsonBoolean bool) {
      return bool.value();
    }
    if (value instanceof JsonNumber number) {
      if (number.value().compareTo(BigDecimal.ZERO) == 0) {
        return false;
      }
      if (number.value().compareTo(BigDecimal.ONE) == 0) {
        return true;
      }
    }
    if (value instanceof JsonString string) {
      switch (string.value().strip().toLowerCase(Locale.ROOT)) {
        case "true", "t", "1", "yes", "on":
          return true;
        case "false", "f", "0", "no", "off":
          return false;
        default:
          break;
      }
    }
    throw new InvalidValueException("expects true or false, not " + describe(value));
  }

  static LocalDate toDate(JsonValue value) throws InvalidValueException {
    try {
      return LocalDate.parse(string(value, "a date (YYYY-MM-DD)").strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("expects a date (YYYY-MM-DD), not " + describe(value));
    }
  }

  static LocalTime toTime(JsonValue value) throws InvalidValueException {
    try {
      return LocalTime.parse(string(value, "a time (HH:MM:SS)").strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("expects a time (HH:MM:SS), not " + describe(value));
    }
  }

  static LocalDateTime toTimestamp(JsonValue value) throws InvalidValueException {
    var text = string(value, "a timestamp (YYYY-MM-DDTHH:MM:SS)").strip().replace(' ', 'T');
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text).atStartOfDay();
      } catch (DateTimeParseException again) {
        throw new InvalidValueException(
            "expects a timestamp (YYYY-MM-DDTHH:MM:SS), not " + describe(value));
      }
    }
  }

  static OffsetDateTime toInstant(JsonValue value) throws InvalidValueException {
    var text = string(value, "a timestamp with time zone (ISO-8601)").strip().replace(' ', 'T');
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      try {
        // Without an offset, the time is taken as UTC.
        return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException again) {
        throw new InvalidValueException(
            "expects a timestamp with time zone such as 2024-05-01T12:00:00Z, not "
                + describe(value));
      }
    }
  }

  static byte[] toBytes(JsonValue value) throws InvalidValueException {
    String hex = null;
    if (value instanceof JsonString string) {
      hex = string.value().strip();
    } else if (value instanceof JsonObject object
        && object.get("hex").filter(JsonString.class::isInstance).isDefined()) {
      hex = ((JsonString) object.get("hex").get()).value().strip();
    }
    if (hex != null) {
      if (hex.startsWith("\\x") || hex.startsWith("0x") || hex.startsWith("0X")) {
        hex = hex.substring(2);
      }
      try {
        return HEX.parseHex(hex);
      } catch (IllegalArgumentException e) {
        // Reported below.
      }
    }
    throw new InvalidValueException(
        "expects bytes as hex (\"0a1b…\" or {\"hex\":…}), not " + describe(value));
  }

  static java.util.UUID toUuid(JsonValue value) throws InvalidValueException {
    try {
      var text = string(value, "a UUID").strip();
      if (text.length() != 36) {
        throw new IllegalArgumentException();
      }
      return java.util.UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("expects a UUID, not " + describe(value));
    }
  }

  private static String string(JsonValue value, String expected) throws InvalidValueException {
    if (value instanceof JsonString string) {
      return string.value();
    }
    throw new InvalidValueException("expects " + expected + ", not " + describe(value));
  }

  static String describe(JsonValue value) {
    if (value instanceof JsonString string) {
      var text = string.value();
      return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }
    if (value instanceof JsonNumber number) {
      var text = number.value().toString();
      return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
    if (value instanceof JsonBoolean) {
      return text(value);
    }
    return value.typeName();
  }
}
