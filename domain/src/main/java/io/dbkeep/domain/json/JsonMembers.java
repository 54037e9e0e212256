package io.dbkeep.domain.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The members of a {@link JsonObject}: an unmodifiable map that keeps insertion order in two plain
 * arrays. A 500-table document has some ten thousand small objects; a {@code LinkedHashMap} per
 * object (an entry object per member, a bucket table, the unmodifiable wrapper) made its tree about
 * twice this size, and the save path keeps that tree alive while it checks the document. Objects of
 * up to {@link #LINEAR} members are searched in order (their names are short); larger ones get an
 * open-addressing index of member positions.
 */
final class JsonMembers extends AbstractMap<String, JsonValue> {

  static final JsonMembers EMPTY = new JsonMembers(new String[0], new JsonValue[0], 0);

  /** Up to this many members a linear search beats hashing. */
  private static final int LINEAR = 8;

  private final String[] names;
  private final JsonValue[] values;
  private final int size;

  /** Member position + 1 by hash slot, or null for small objects. */
  private final int[] slots;

  private Set<Map.Entry<String, JsonValue>> entries;

  /**
   * Takes ownership of the arrays (their first {@code size} elements).
   *
   * @throws IllegalArgumentException when a name occurs twice
   * @throws NullPointerException when a name or value is null
   */
  JsonMembers(String[] names, JsonValue[] values, int size) {
    this.names = names;
    this.values = values;
    this.size = size;
    for (int i = 0; i < size; i++) {
      Objects.requireNonNull(names[i], "member name");
      Objects.requireNonNull(values[i], "member value");
    }
    if (size <= LINEAR) {
      this.slots = null;
      for (int i = 1; i < size; i++) {
        for (int j = 0; j < i; j++) {
          if (names[i].equals(names[j])) {
            throw duplicate(names[i]);
          }
        }
      }
    } else {
      this.slots = new int[Integer.highestOneBit(size * 2 - 1) << 1];
      var mask = slots.length - 1;
      for (int i = 0; i < size; i++) {
        var slot = spread(names[i].hashCode()) & mask;
        while (slots[slot] != 0) {
          if (names[slots[slot] - 1].equals(names[i])) {
            throw duplicate(names[i]);
          }
          slot = (slot + 1) & mask;
        }
        slots[slot] = i + 1;
      }
    }
  }

  /** An ordered copy of {@code members} (whose names are unique, being a map's keys). */
  static JsonMembers copyOf(Map<String, JsonValue> members) {
    if (members instanceof JsonMembers own) {
      return own;
    }
    var size = members.size();
    if (size == 0) {
      return EMPTY;
    }
    var names = new String[size];
    var values = new JsonValue[size];
    var index = new int[1];
    members.forEach(
        (name, value) -> {
          names[index[0]] = name;
          values[index[0]] = value;
          index[0]++;
        });
    return new JsonMembers(names, values, size);
  }

  private static IllegalArgumentException duplicate(String name) {
    return new IllegalArgumentException("duplicate member name \"" + name + "\"");
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** The position of the member called {@code name}, or -1. */
  int indexOf(Object name) {
    if (!(name instanceof String key)) {
      return -1;
    }
    if (slots == null) {
      for (int i = 0; i < size; i++) {
        if (names[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }
    var mask = slots.length - 1;
    var slot = spread(key.hashCode()) & mask;
    while (slots[slot] != 0) {
      var index = slots[slot] - 1;
      if (names[index].equals(key)) {
        return index;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean containsKey(Object name) {
    return indexOf(name) >= 0;
  }

  @Override
  public JsonValue get(Object name) {
    var index = indexOf(name);
    return index < 0 ? null : values[index];
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super JsonValue> action) {
    for (int i = 0; i < size; i++) {
      action.accept(names[i], values[i]);
    }
  }

  /** The name of the member at {@code index} (in order). */
  String nameAt(int index) {
    return names[index];
  }

  /** The value of the member at {@code index} (in order). */
  JsonValue valueAt(int index) {
    return values[index];
  }

  @Override
  public Set<Map.Entry<String, JsonValue>> entrySet() {
    if (entries == null) {
      entries = new Entries();
    }
    return entries;
  }

  private final class Entries extends AbstractSet<Map.Entry<String, JsonValue>> {
    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<Map.Entry<String, JsonValue>> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < size;
        }

        @Override
        public Map.Entry<String, JsonValue> next() {
          if (next >= size) {
            throw new NoSuchElementException();
          }
          var entry = new SimpleImmutableEntry<>(names[next], values[next]);
          next++;
          return entry;
        }
      };
    }
  }
}
