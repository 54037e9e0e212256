package io.dbkeep.json;

import io.dbkeep.domain.json.JsonSink;
import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/**
 * A {@link JsonSink} that writes text through Jackson's generator, with the same characters as
 * {@link JsonCodec#write(io.dbkeep.domain.json.JsonValue)} writes for the equal tree.
 */
final class JsonGeneratorSink implements JsonSink {

  /** Names up to this length are kept encoded; longer ones are written as they come. */
  private static final int MAX_KEPT_NAME = 64;

  private final JsonGenerator generator;

  /**
   * Member names already encoded, shared as the readers share texts ({@link SharedTexts}): a
   * document repeats the same few dozen names thousands of times ({@code id}, {@code name}, {@code
   * type}, …), and Jackson copies an encoded name instead of checking each of its characters for
   * escapes (ADR 0143). A name whose slot another holds is written as it comes. Per sink, so per
   * write: nothing is shared between threads or kept after the write.
   */
  private final SharedTexts<SerializedString> names = new SharedTexts<>(64);

  JsonGeneratorSink(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() {
    generator.writeStartObject();
  }

  @Override
  public void endObject() {
    generator.writeEndObject();
  }

  @Override
  public void startArray() {
    generator.writeStartArray();
  }

  @Override
  public void endArray() {
    generator.writeEndArray();
  }

  @Override
  public void name(String name) {
    var encoded = names.get(name);
    if (encoded == null) {
      if (name.length() > MAX_KEPT_NAME || !names.isFree(name)) {
        generator.writeName(name);
        return;
      }
      encoded = new SerializedString(name);
      names.putIfFree(name, encoded);
    }
    generator.writeName(encoded);
  }

  @Override
  public void string(String value) {
    generator.writeString(value);
  }

  @Override
  public void number(long value) {
    generator.writeNumber(value);
  }

  @Override
  public void number(BigDecimal value) {
    JsonCodec.writeNumber(value, generator);
  }

  @Override
  public void bool(boolean value) {
    generator.writeBoolean(value);
  }

  @Override
  public void nullValue() {
    generator.writeNull();
  }
}
