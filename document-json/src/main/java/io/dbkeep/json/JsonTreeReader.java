package io.dbkeep.json;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Builds one {@link JsonValue} tree from a parser, charging every node's estimated retained size
 * (ADR 0130) against a budget as it is built, and sharing what repeats so the tree is smaller:
 * empty containers, small integers and short strings (a per-read table, bounded in entries: {@link
 * SharedTexts}). The estimate is for a 64-bit JVM with compressed references (12-byte headers,
 * 4-byte references, 8-byte alignment) and counts what the finished tree keeps, not the parser's
 * transient buffers.
 */
final class JsonTreeReader {

  /** Strings of up to this many characters are shared when they repeat. */
  static final int SHARED_STRING_LENGTH = 32;

  /**
   * The slots of the table of shared strings ({@link SharedTexts}): at most this many distinct
   * strings are remembered for sharing, first come first kept.
   */
  static final int SHARED_ENTRIES = 16_384;

  /** The same for member names (a document has a few dozen distinct ones). */
  static final int SHARED_NAMES = 2_048;

  /** Integers from 0 to this (exclusive) are one shared node each. */
  static final int SMALL_INTEGERS = 1_024;

  private static final JsonNumber[] SMALL = new JsonNumber[SMALL_INTEGERS];

  static {
    for (int i = 0; i < SMALL_INTEGERS; i++) {
      SMALL[i] = JsonNumber.of(i);
    }
  }

  private static final JsonArray EMPTY_ARRAY = new JsonArray(List.of());

  private final JsonParser parser;
  private final TreeCharge<JsonString> charge;

  JsonTreeReader(JsonParser parser, long budget) {
    this.parser = parser;
    this.charge = new TreeCharge<>(parser, budget, JsonString::new);
  }

  /** The estimated retained bytes of what has been read so far. */
  long charged() {
    return charge.charged();
  }

  JsonValue read(JsonToken token) {
    charge.value();
    switch (token) {
      case START_OBJECT:
        return readObject();
      case START_ARRAY:
        return readArray();
      case VALUE_STRING:
        return charge.string(parser.getString());
      case VALUE_NUMBER_INT:
        var type = parser.getNumberType();
        if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
          var value = parser.getLongValue();
          if (value >= 0 && value < SMALL_INTEGERS) {
            return SMALL[(int) value];
          }
          charge.charge(TreeSizes.COMPACT_NUMBER);
          return new JsonNumber(BigDecimal.valueOf(value));
        }
        var big = new JsonNumber(new BigDecimal(parser.getBigIntegerValue()));
        charge.charge(TreeSizes.wideNumber(big.value()));
        return big;
      case VALUE_NUMBER_FLOAT:
        return new JsonNumber(charge.decimal());
      case VALUE_TRUE:
        return JsonBoolean.TRUE;
      case VALUE_FALSE:
        return JsonBoolean.FALSE;
      case VALUE_NULL:
        return JsonNull.INSTANCE;
      default:
        throw charge.unexpected(token);
    }
  }

  private JsonValue readObject() {
    var members = JsonObject.builder();
    int size = 0;
    for (var next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
      var name = charge.name(parser.currentName());
      members.add(name, read(parser.nextToken()));
      size++;
    }
    if (size == 0) {
      return JsonObject.empty();
    }
    charge.charge(TreeSizes.object(size));
    try {
      return members.build();
    } catch (IllegalArgumentException duplicate) {
      throw charge.duplicate(duplicate);
    }
  }

  private JsonValue readArray() {
    var elements = new ArrayList<JsonValue>();
    for (var next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
      elements.add(read(next));
      // the growing list is held while its elements are read: charged per element as it grows
      charge.charge(TreeSizes.REFERENCE);
    }
    if (elements.isEmpty()) {
      return EMPTY_ARRAY;
    }
    charge.charge(TreeSizes.array(elements.size()) - (long) TreeSizes.REFERENCE * elements.size());
    return new JsonArray(elements);
  }
}
