package io.dbkeep.domain.json;

import java.util.List;
import java.util.Objects;

/** A JSON array. */
public record JsonArray(List<JsonValue> elements) implements JsonValue {

  public JsonArray {
    elements = List.copyOf(Objects.requireNonNull(elements, "elements"));
  }

  public static JsonArray of(JsonValue... elements) {
    return new JsonArray(List.of(elements));
  }

  @Override
  public String typeName() {
    return "array";
  }
}
