package io.dbkeep.domain.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link JsonSink} that builds the domain's tree of what it is sent; {@link #result()} is the one
 * top-level value. Member names must be unique in each object ({@link JsonObject.Builder#build()}
 * refuses repeats). Not thread-safe; one value per sink.
 */
public final class JsonTreeSink implements JsonSink {

  /** The open containers, innermost last: a {@link JsonObject.Builder} or a list of elements. */
  private final List<Object> open = new ArrayList<>();

  /** The name of each open object's pending member, at the same depth as {@link #open}. */
  private final List<String> names = new ArrayList<>();

  private JsonValue result;

  /** The value built. */
  public JsonValue result() {
    if (result == null || !open.isEmpty()) {
      throw new IllegalStateException("no complete value was written");
    }
    return result;
  }

  @Override
  public void startObject() {
    open.add(JsonObject.builder());
    names.add(null);
  }

  @Override
  public void endObject() {
    names.remove(names.size() - 1);
    add(((JsonObject.Builder) open.remove(open.size() - 1)).build());
  }

  @Override
  public void startArray() {
    open.add(new ArrayList<JsonValue>());
    names.add(null);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void endArray() {
    names.remove(names.size() - 1);
    add(new JsonArray((List<JsonValue>) open.remove(open.size() - 1)));
  }

  @Override
  public void name(String name) {
    names.set(names.size() - 1, name);
  }

  @Override
  public void string(String value) {
    add(new JsonString(value));
  }

  @Override
  public void number(long value) {
    add(JsonNumber.of(value));
  }

  @Override
  public void number(BigDecimal value) {
    add(new JsonNumber(value));
  }

  @Override
  public void bool(boolean value) {
    add(JsonBoolean.of(value));
  }

  @Override
  public void nullValue() {
    add(JsonNull.INSTANCE);
  }

  /** A whole tree is kept as it is, not rebuilt. */
  @Override
  public void value(JsonValue value) {
    add(value);
  }

  @SuppressWarnings("unchecked")
  private void add(JsonValue value) {
    if (open.isEmpty()) {
      if (result != null) {
        throw new IllegalStateException("a sink takes one top-level value");
      }
      result = value;
      return;
    }
    var container = open.get(open.size() - 1);
    if (container instanceof JsonObject.Builder object) {
      var depth = names.size() - 1;
      var name = names.get(depth);
      if (name == null) {
        throw new IllegalStateException("a member's value needs its name first");
      }
      object.add(name, value);
      names.set(depth, null);
    } else {
      ((List<JsonValue>) container).add(value);
    }
  }
}
