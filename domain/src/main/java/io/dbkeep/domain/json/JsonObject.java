package io.dbkeep.domain.json;

import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A JSON object; member order is kept, member names are unique. */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

  private static final JsonObject EMPTY = new JsonObject(Map.of());

  public JsonObject {
    Objects.requireNonNull(members, "members");
    var copy = new LinkedHashMap<String, JsonValue>(Math.max(4, members.size() * 4 / 3 + 1));
    members.forEach(
        (name, value) ->
            copy.put(
                Objects.requireNonNull(name, "member name"),
                Objects.requireNonNull(value, "member value")));
    members = Collections.unmodifiableMap(copy);
  }

  public static JsonObject empty() {
    return EMPTY;
  }

  /** The member called {@code name}, if present. */
  public Option<JsonValue> get(String name) {
    return Option.of(members.get(name));
  }

  /** A copy with {@code name} set to {@code value} (replacing it in place or appending it). */
  public JsonObject with(String name, JsonValue value) {
    var copy = new LinkedHashMap<>(members);
    copy.put(name, value);
    return new JsonObject(copy);
  }

  @Override
  public String typeName() {
    return "object";
  }
}
