package io.dbkeep.domain.json;

import io.vavr.control.Option;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON object; member order is kept, member names are unique. {@link #members()} is an
 * unmodifiable copy (a compact one: documents hold many small objects).
 */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

  private static final JsonObject EMPTY = new JsonObject(JsonMembers.EMPTY);

  public JsonObject {
    members = JsonMembers.copyOf(Objects.requireNonNull(members, "members"));
  }

  public static JsonObject empty() {
    return EMPTY;
  }

  /** The member called {@code name}, if present. */
  public Option<JsonValue> get(String name) {
    return Option.of(members.get(name));
  }

  /** The number of members. */
  public int size() {
    return members.size();
  }

  /**
   * The position of the member called {@code name} in member order, or -1: with {@link #valueAt}
   * and {@link #nameAt}, readers of large documents look a member up once, without an {@code
   * Option} or a map entry.
   */
  public int indexOf(String name) {
    return ((JsonMembers) members).indexOf(name);
  }

  /** The name of the member at {@code index} (0 to {@link #size()} - 1, in member order). */
  public String nameAt(int index) {
    Objects.checkIndex(index, members.size());
    return ((JsonMembers) members).nameAt(index);
  }

  /** The value of the member at {@code index} (0 to {@link #size()} - 1, in member order). */
  public JsonValue valueAt(int index) {
    Objects.checkIndex(index, members.size());
    return ((JsonMembers) members).valueAt(index);
  }

  /** A copy with {@code name} set to {@code value} (replacing it in place or appending it). */
  public JsonObject with(String name, JsonValue value) {
    var copy = new LinkedHashMap<>(members);
    copy.put(name, value);
    return new JsonObject(copy);
  }

  /**
   * Builds an object member by member without an intermediate map (for readers of large documents).
   * Not thread-safe; once built, a builder takes no more members.
   */
  public static final class Builder {
    private String[] names = new String[8];
    private JsonValue[] values = new JsonValue[8];
    private int size;

    /**
     * Appends a member.
     *
     * @throws IllegalArgumentException from {@link #build()} when a name was added twice
     */
    public Builder add(String name, JsonValue value) {
      if (names == null) {
        throw new IllegalStateException("this builder has built its object");
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      names[size] = name;
      values[size] = value;
      size++;
      return this;
    }

    /**
     * Appends a member unless one of that name was added already (a linear search: for the small
     * objects of a document).
     */
    public Builder addIfAbsent(String name, JsonValue value) {
      if (names == null) {
        throw new IllegalStateException("this builder has built its object");
      }
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          return this;
        }
      }
      return add(name, value);
    }

    /**
     * The object.
     *
     * @throws IllegalArgumentException when a member name was added twice
     */
    public JsonObject build() {
      if (names == null) {
        throw new IllegalStateException("this builder has built its object");
      }
      // trimmed: most objects of a document have fewer members than the first arrays hold, and
      // a large document keeps hundreds of thousands of them
      var members =
          size == 0
              ? JsonMembers.EMPTY
              : size == names.length
                  ? new JsonMembers(names, values, size)
                  : new JsonMembers(Arrays.copyOf(names, size), Arrays.copyOf(values, size), size);
      names = null;
      values = null;
      return new JsonObject(members);
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String typeName() {
    return "object";
  }
}
