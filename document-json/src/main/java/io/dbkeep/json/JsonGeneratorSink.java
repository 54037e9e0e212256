package io.dbkeep.json;

import io.dbkeep.domain.json.JsonSink;
import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;

/**
 * A {@link JsonSink} that writes text through Jackson's generator, with the same characters as
 * {@link JsonCodec#write(io.dbkeep.domain.json.JsonValue)} writes for the equal tree.
 */
final class JsonGeneratorSink implements JsonSink {

  private final JsonGenerator generator;

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
    generator.writeName(name);
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
