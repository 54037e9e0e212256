package io.dbkeep.json;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonSink;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads JSON text into the domain's {@link JsonValue} tree and writes it back, with Jackson's
 * streaming parser. Strict: one value per input, no duplicate member names, no comments, bounded by
 * {@link JsonLimits}. Thread-safe.
 */
public final class JsonCodec {

  /**
   * What writing allows: any tree that was read (with {@link JsonLimits#STORED} at most), plus the
   * envelopes responses wrap around a document. Jackson's default (500 levels) would make a stored
   * document that was read fail to be written.
   */
  public static final StreamWriteConstraints WRITE_CONSTRAINTS =
      StreamWriteConstraints.builder().maxNestingDepth(10_000).build();

  private final JsonFactory factory;

  public JsonCodec() {
    this(JsonLimits.DEFAULT);
  }

  public JsonCodec(JsonLimits limits) {
    this.factory =
        JsonFactory.builder()
            // duplicates are refused by the object builder (JsonMembers checks every object's
            // names anyway): Jackson's own detection kept a hash set per object, some 3 MB of
            // garbage for each 500-table document read
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(limits.maxNameLength())
                    .build())
            .streamWriteConstraints(WRITE_CONSTRAINTS)
            .build();
  }

  /** Reads exactly one JSON value from {@code text}. */
  public JsonValue read(String text) {
    return parse(parser -> parser.createParser(text));
  }

  /** Reads exactly one JSON value from UTF-8 (or UTF-16/32 with BOM) {@code bytes}. */
  public JsonValue read(byte[] bytes) {
    return parse(parser -> parser.createParser(bytes));
  }

  /** Reads exactly one JSON value from {@code input}; does not close it. */
  public JsonValue read(InputStream input) {
    return parse(parser -> parser.createParser(input));
  }

  /**
   * Reads exactly one JSON value from UTF-8 {@code bytes}, refusing once the tree it builds would
   * retain more than {@code treeBudget} estimated bytes (ADR 0130): each node is charged as it is
   * built, so a body whose tree does not fit is stopped before it exhausts the heap, whatever its
   * shape.
   *
   * @throws JsonTreeTooLargeException when the tree passes the budget
   * @throws MalformedJsonException when the text is not acceptable JSON (found before the budget)
   */
  public JsonValue read(byte[] bytes, long treeBudget) {
    return parse(parser -> parser.createParser(bytes), treeBudget);
  }

  /**
   * Sends exactly one JSON value from UTF-8 {@code bytes} to {@code sink} and returns it, without
   * building a tree (ADR 0141): refused as {@link #read(byte[], long)} refuses the same text, by
   * the same budget charged for the tree it would have built, with the same exceptions.
   *
   * @throws JsonTreeTooLargeException when the tree the text makes passes the budget
   * @throws MalformedJsonException when the text is not acceptable JSON (found before the budget)
   */
  public <S extends JsonSink> S stream(byte[] bytes, long treeBudget, S sink) {
    return parse(
        parser -> parser.createParser(bytes),
        (parser, first) -> {
          new JsonEventReader(parser, treeBudget, sink).read(first);
          return sink;
        });
  }

  /** Compact JSON text for {@code value}. */
  public String write(JsonValue value) {
    var out = new ByteArrayOutputStream();
    write(value, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes compact UTF-8 JSON for {@code value} to {@code out}; does not close it. */
  public void write(JsonValue value, OutputStream out) {
    try (var generator = factory.createGenerator(out)) {
      write(value, generator);
    }
  }

  /**
   * Compact JSON text for {@code document}, written straight from its records ({@link
   * SchemaDocumentWriter} to the generator, no tree in between: ADR 0131); the same characters as
   * {@code write(SchemaDocumentWriter.write(document))}.
   */
  public String write(SchemaDocument document) {
    var out = TextBuffers.open();
    try (var generator = factory.createGenerator(out)) {
      SchemaDocumentWriter.write(document, new JsonGeneratorSink(generator));
    }
    return out.text();
  }

  /** Writes {@code value} through an open generator (for use inside other serialisers). */
  public static void write(JsonValue value, JsonGenerator generator) {
    if (value instanceof JsonObject object) {
      generator.writeStartObject();
      object
          .members()
          .forEach(
              (name, member) -> {
                generator.writeName(name);
                write(member, generator);
              });
      generator.writeEndObject();
    } else if (value instanceof JsonArray array) {
      generator.writeStartArray();
      for (var element : array.elements()) {
        write(element, generator);
      }
      generator.writeEndArray();
    } else if (value instanceof JsonString string) {
      generator.writeString(string.value());
    } else if (value instanceof JsonNumber number) {
      writeNumber(number.value(), generator);
    } else if (value instanceof JsonBoolean bool) {
      generator.writeBoolean(bool.value());
    } else {
      generator.writeNull();
    }
  }

  /**
   * A Jackson module that serialises {@link JsonValue} (and so any record holding one), for mappers
   * that write responses.
   */
  public static SimpleModule jacksonModule() {
    var module = new SimpleModule("dbkeep-json-value");
    module.addSerializer(JsonValue.class, new JsonValueSerializer());
    return module;
  }

  static void writeNumber(BigDecimal number, JsonGenerator generator) {
    if (number.scale() <= 0 && number.precision() - number.scale() <= 19) {
      try {
        generator.writeNumber(number.longValueExact());
        return;
      } catch (ArithmeticException outOfLongRange) {
        // falls through to the decimal form
      }
    }
    generator.writeNumber(number);
  }

  private JsonValue parse(Function<JsonFactory, JsonParser> open) {
    return parse(open, Long.MAX_VALUE);
  }

  private JsonValue parse(Function<JsonFactory, JsonParser> open, long treeBudget) {
    return parse(open, (parser, first) -> new JsonTreeReader(parser, treeBudget).read(first));
  }

  private <T> T parse(
      Function<JsonFactory, JsonParser> open, BiFunction<JsonParser, JsonToken, T> read) {
    try (var parser = open.apply(factory)) {
      var first = parser.nextToken();
      if (first == null) {
        throw new MalformedJsonException("The input is empty: expected a JSON value", 1, 1, null);
      }
      var value = read.apply(parser, first);
      if (parser.nextToken() != null) {
        var location = parser.currentLocation();
        throw new MalformedJsonException(
            "Unexpected content after the JSON value",
            location.getLineNr(),
            location.getColumnNr(),
            null);
      }
      return value;
    } catch (JacksonException e) {
      var location = e.getLocation();
      var message = e.getOriginalMessage();
      throw new MalformedJsonException(
          message == null ? "Malformed JSON" : firstLine(message),
          location == null ? -1 : location.getLineNr(),
          location == null ? -1 : location.getColumnNr(),
          e);
    }
  }

  private static String firstLine(String message) {
    var end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static final class JsonValueSerializer extends ValueSerializer<JsonValue> {
    @Override
    public void serialize(JsonValue value, JsonGenerator generator, SerializationContext context) {
      write(value, generator);
    }
  }
}
