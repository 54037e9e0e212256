package io.dbkeep.json;

import io.dbkeep.domain.json.JsonSink;
import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Sends one JSON value from a parser to a {@link JsonSink}, event by event, charging against a
 * budget exactly what {@link JsonTreeReader} would charge for the tree of the same text (ADR 0130,
 * 0141): the same estimate per node, the same sharing of repeated short strings, names and small
 * integers, at the same points of the text. A body is thus refused with the same {@link
 * JsonTreeTooLargeException} (after as many values) whether its tree is built or the sink reads a
 * document from it without one; what a sink keeps is no more than that tree. Repeated strings are
 * sent as one {@code String} instance. A duplicate member name, refused by the sink with {@link
 * IllegalArgumentException} when its object ends, is refused as the tree reader refuses it. What
 * the sink says it keeps ({@link JsonSink#retained()}) is bounded by the same budget, checked when
 * an object ends and when an array takes an element: a text whose tree would be small but whose
 * document is not (a million empty columns, each a record and three problems) is refused too, with
 * the same exception.
 */
final class JsonEventReader {

  private final JsonParser parser;
  private final JsonSink sink;
  private final TreeCharge<String> charge;

  JsonEventReader(JsonParser parser, long budget, JsonSink sink) {
    this.parser = parser;
    this.sink = sink;
    this.charge = new TreeCharge<>(parser, budget, text -> text);
  }

  /** The estimated retained bytes of the tree of what has been read so far. */
  long charged() {
    return charge.charged();
  }

  void read(JsonToken token) {
    charge.value();
    switch (token) {
      case START_OBJECT:
        readObject();
        return;
      case START_ARRAY:
        readArray();
        return;
      case VALUE_STRING:
        sink.string(charge.string(parser.getString()));
        return;
      case VALUE_NUMBER_INT:
        var type = parser.getNumberType();
        if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
          var value = parser.getLongValue();
          if (value < 0 || value >= JsonTreeReader.SMALL_INTEGERS) {
            charge.charge(TreeSizes.COMPACT_NUMBER);
          }
          sink.number(value);
          return;
        }
        var big = new BigDecimal(parser.getBigIntegerValue());
        charge.charge(TreeSizes.wideNumber(big));
        sink.number(big);
        return;
      case VALUE_NUMBER_FLOAT:
        sink.number(charge.decimal());
        return;
      case VALUE_TRUE:
        sink.bool(true);
        return;
      case VALUE_FALSE:
        sink.bool(false);
        return;
      case VALUE_NULL:
        sink.nullValue();
        return;
      default:
        throw charge.unexpected(token);
    }
  }

  private void readObject() {
    sink.startObject();
    int size = 0;
    for (var next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
      sink.name(charge.name(parser.currentName()));
      read(parser.nextToken());
      size++;
    }
    if (size > 0) {
      charge.charge(TreeSizes.object(size));
    }
    try {
      sink.endObject();
    } catch (IllegalArgumentException duplicate) {
      throw charge.duplicate(duplicate);
    }
    checkRetained();
  }

  /**
   * What the sink keeps may pass what the tree would have (the records and problems of empty or
   * wrong elements): it is bounded too. A sink keeps more only when an object ends or an array
   * takes an element, so it is asked then.
   */
  private void checkRetained() {
    charge.checkRetained(sink.retained());
  }

  private void readArray() {
    sink.startArray();
    int size = 0;
    for (var next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
      read(next);
      size++;
      charge.charge(TreeSizes.REFERENCE);
      checkRetained();
    }
    if (size > 0) {
      charge.charge(TreeSizes.array(size) - (long) TreeSizes.REFERENCE * size);
    }
    sink.endArray();
  }
}
