package io.dbkeep.json;

import java.math.BigDecimal;
import java.util.function.Function;
import tools.jackson.core.JsonParser;

/**
 * What a read of one JSON value charges against its budget (ADR 0130), the same for the tree read
 * ({@link JsonTreeReader}) and the event read ({@link JsonEventReader}, ADR 0141), so that both
 * refuse a body at the same value: the values counted, the estimated bytes charged, and the short
 * strings and names shared ({@link SharedTexts}: a shared one is charged once). Also the two
 * refusals both readers make from the parser's position. Not thread-safe; one per read.
 *
 * @param <S> what a short string is shared as (the text itself, or the tree's node for it)
 */
final class TreeCharge<S> {

  private final JsonParser parser;
  private final long budget;
  private final Function<String, S> share;
  private final SharedTexts<S> strings = new SharedTexts<>(JsonTreeReader.SHARED_ENTRIES);
  private final SharedTexts<String> names = new SharedTexts<>(JsonTreeReader.SHARED_NAMES);
  private long charged;
  private long values;

  /** {@code share} makes what a string is kept as (once per shared string). */
  TreeCharge(JsonParser parser, long budget, Function<String, S> share) {
    this.parser = parser;
    this.budget = budget;
    this.share = share;
  }

  /** The estimated retained bytes charged so far. */
  long charged() {
    return charged;
  }

  /** Counts one more value read. */
  void value() {
    values++;
  }

  /** Charges {@code bytes}; past the budget the read is refused. */
  void charge(long bytes) {
    charged += bytes;
    if (charged > budget) {
      throw tooLarge();
    }
  }

  /** Refuses the read when {@code retained} (what a sink keeps) is past the budget. */
  void checkRetained(long retained) {
    if (retained > budget) {
      throw tooLarge();
    }
  }

  /** {@code text} as kept: a short one shared (and charged) once, a long one charged each time. */
  S string(String text) {
    if (text.length() > JsonTreeReader.SHARED_STRING_LENGTH) {
      charge(TreeSizes.string(text));
      return share.apply(text);
    }
    var shared = strings.get(text);
    if (shared != null) {
      return shared;
    }
    charge(TreeSizes.string(text));
    var value = share.apply(text);
    strings.putIfFree(text, value);
    return value;
  }

  /** A member name as kept: shared, and charged once. */
  String name(String name) {
    var shared = names.get(name);
    if (shared != null) {
      return shared;
    }
    charge(TreeSizes.characters(name));
    names.putIfFree(name, name);
    return name;
  }

  /** The parser's current number with a fraction or an exponent, charged. */
  BigDecimal decimal() {
    BigDecimal decimal;
    try {
      decimal = parser.getDecimalValue();
    } catch (NumberFormatException e) {
      // an exponent past an int (1E+2147483648): Jackson throws this, not a JacksonException
      var at = parser.currentLocation();
      throw new MalformedJsonException(
          "A number's exponent is out of range", at.getLineNr(), at.getColumnNr(), null);
    }
    charge(TreeSizes.wideNumber(decimal));
    return decimal;
  }

  /** The refusal of the object that ends here for a repeated member name. */
  MalformedJsonException duplicate(IllegalArgumentException duplicate) {
    var end = parser.currentLocation();
    return new MalformedJsonException(
        "The object that ends here has a " + duplicate.getMessage(),
        end.getLineNr(),
        end.getColumnNr(),
        null);
  }

  /** The refusal of an unexpected token here. */
  MalformedJsonException unexpected(Object token) {
    var location = parser.currentLocation();
    return new MalformedJsonException(
        "Unexpected token " + token, location.getLineNr(), location.getColumnNr(), null);
  }

  private JsonTreeTooLargeException tooLarge() {
    return new JsonTreeTooLargeException(budget, values);
  }
}
