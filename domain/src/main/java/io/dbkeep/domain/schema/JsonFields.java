package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.problem.Problem;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads the members of one JSON object, recording a problem with its path for every member of the
 * wrong type. A JSON {@code null} counts as absent. Members not asked for are the object's extras.
 *
 * <p>The object is either a {@link JsonObject} of the domain's tree or the members that {@link
 * SchemaDocumentSink} collected while streaming (ADR 0141): there a member's value is a {@link
 * JsonValue}, a plain {@link String}, or what the sink has already read of an array or object
 * member ({@link ReadArray}, {@link ReadObject}), whose problems are added here, where the rule
 * asks for the member. The same rules thus read both, in the same order, with the same problems.
 */
final class JsonFields {

  private static final BigDecimal MAX_DOUBLE = new BigDecimal("1e300");

  /** The tree's object, or null when the members were collected by a {@link SchemaDocumentSink}. */
  private final JsonObject object;

  private final String[] names;
  private final Object[] values;

  /** The streamed names' hash codes and a bit per code modulo 64 ({@link SinkFrames}). */
  private final int[] hashes;

  private final long hashBits;
  private final int size;

  /** Where this object's path comes from when it is needed (streamed objects), or null. */
  private final PathSource pathSource;

  private final List<Problem> problems;

  /** The path of the array this object is an element of, when {@link #index} is not -1. */
  private final String base;

  private final int index;

  /** This object's path, written out when first needed (mostly never: for a problem). */
  private String path;

  /**
   * The positions of the members asked for: bit {@code i} of {@link #readBits} for the first 64,
   * {@link #readMore} (made when needed) beyond. One lookup per member asked, no list of names.
   */
  private long readBits;

  private boolean[] readMore;

  private int found;

  JsonFields(JsonObject object, String path, List<Problem> problems) {
    this.object = object;
    this.names = null;
    this.values = null;
    this.hashes = null;
    this.hashBits = -1L;
    this.size = object.size();
    this.pathSource = null;
    this.path = path;
    this.problems = problems;
    this.base = path;
    this.index = -1;
  }

  /** The fields of element {@code index} of the array at {@code arrayPath}. */
  JsonFields(JsonObject object, String arrayPath, int index, List<Problem> problems) {
    this.object = object;
    this.names = null;
    this.values = null;
    this.hashes = null;
    this.hashBits = -1L;
    this.size = object.size();
    this.pathSource = null;
    this.problems = problems;
    this.base = arrayPath;
    this.index = index;
  }

  /** A streamed object's first {@code size} members; its path asked of {@code pathSource}. */
  JsonFields(
      String[] names,
      Object[] values,
      int[] hashes,
      long hashBits,
      int size,
      PathSource pathSource,
      List<Problem> problems) {
    this.object = null;
    this.names = names;
    this.values = values;
    this.hashes = hashes;
    this.hashBits = hashBits;
    this.size = size;
    this.pathSource = pathSource;
    this.problems = problems;
    this.base = null;
    this.index = -1;
  }

  /** Gives a streamed object's path when a problem needs it (mostly never). */
  interface PathSource {
    String path();
  }

  /** This object's path. */
  String path() {
    if (path == null) {
      path = pathSource != null ? pathSource.path() : element(base, index);
    }
    return path;
  }

  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  String path(String name) {
    return child(path(), name);
  }

  /** Marks members as known without reading them (so they are not extras). */
  void skip(String... names) {
    for (var name : names) {
      know(name);
    }
  }

  /** The member's value (a {@link JsonValue}, a {@link String} or a streamed read), if present. */
  Option<Object> present(String name) {
    return Option.of(raw(name));
  }

  /** Whether the member is present and a string. */
  boolean isString(String name) {
    var value = raw(name);
    return value instanceof JsonString || value instanceof String;
  }

  /** The member's value; null when absent or JSON null (no Option: documents have many fields). */
  private Object raw(String name) {
    var index = know(name);
    if (index < 0) {
      return null;
    }
    var value = object != null ? object.valueAt(index) : values[index];
    return value == JsonNull.INSTANCE ? null : value;
  }

  private int indexOf(String name) {
    if (object != null) {
      return object.indexOf(name);
    }
    var hash = name.hashCode();
    if ((hashBits & (1L << hash)) == 0) {
      return -1; // no member's code has these low six bits
    }
    for (int i = 0; i < size; i++) {
      if (hashes[i] == hash && names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Marks the member as read; its position, or -1 when the object has no such member. */
  private int know(String name) {
    var index = indexOf(name);
    if (index >= 0 && !isRead(index)) {
      if (index < 64) {
        readBits |= 1L << index;
      } else {
        if (readMore == null) {
          readMore = new boolean[size];
        }
        readMore[index] = true;
      }
      found++;
    }
    return index;
  }

  private boolean isRead(int index) {
    return index < 64 ? (readBits & (1L << index)) != 0 : readMore != null && readMore[index];
  }

  /** A string; absent gives "" and, when {@code required}, a REQUIRED problem. */
  String string(String name, boolean required) {
    var value = raw(name);
    if (value == null) {
      if (required) {
        problems.add(Problem.error(path(name), "REQUIRED", name + " is required"));
      }
      return "";
    }
    if (value instanceof String string) {
      return string;
    }
    if (value instanceof JsonString string) {
      return string.value();
    }
    wrongType(name, "a string", value);
    return "";
  }

  Option<String> optionalString(String name) {
    var value = raw(name);
    if (value == null) {
      return Option.none();
    }
    if (value instanceof String string) {
      return Option.of(string);
    }
    if (value instanceof JsonString string) {
      return Option.of(string.value());
    }
    wrongType(name, "a string", value);
    return Option.none();
  }

  boolean bool(String name, boolean fallback) {
    var value = raw(name);
    if (value == null) {
      return fallback;
    }
    if (value instanceof JsonBoolean bool) {
      return bool.value();
    }
    wrongType(name, "true or false", value);
    return fallback;
  }

  Option<Integer> optionalInt(String name) {
    var value = raw(name);
    if (value == null) {
      return Option.none();
    }
    if (value instanceof JsonNumber number
        && number.value().scale() == 0
        && number.value().precision() <= 9) {
      return Option.of(number.value().intValueExact()); // the common case, without a path
    }
    return integer(path(name), value, problems);
  }

  static Option<Integer> integer(String path, Object value, List<Problem> problems) {
    if (!(value instanceof JsonNumber number)) {
      problems.add(
          Problem.error(
              path, "WRONG_TYPE", lastName(path) + " must be an integer, not " + typeName(value)));
      return Option.none();
    }
    var decimal = number.value();
    if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
      problems.add(
          Problem.error(
              path, "NOT_AN_INTEGER", lastName(path) + " must be an integer, not " + decimal));
      return Option.none();
    }
    if (decimal.precision() - decimal.scale() > 10
        || decimal.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
        || decimal.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
      problems.add(
          Problem.error(
              path,
              "NUMBER_OUT_OF_RANGE",
              lastName(path) + " is out of range (at most " + Integer.MAX_VALUE + ")"));
      return Option.none();
    }
    return Option.of(decimal.intValueExact());
  }

  double number(String name, double fallback) {
    return present(name)
        .map(
            value -> {
              if (!(value instanceof JsonNumber number)) {
                wrongType(name, "a number", value);
                return fallback;
              }
              if (number.value().abs().compareTo(MAX_DOUBLE) > 0) {
                problems.add(
                    Problem.error(
                        path(name),
                        "NUMBER_OUT_OF_RANGE",
                        name + " is out of range (|x| ≤ 1e300)"));
                return fallback;
              }
              return number.value().doubleValue();
            })
        .getOrElse(fallback);
  }

  Option<JsonObject> optionalObject(String name) {
    return present(name)
        .flatMap(
            value -> {
              if (value instanceof JsonObject member) {
                return Option.of(member);
              }
              wrongType(name, "an object", value);
              return Option.none();
            });
  }

  /**
   * An object member read with {@code read} (its problems in place, where this rule asks for it);
   * none when absent, a problem when not an object.
   */
  <T> Option<T> optionalObject(String name, BiFunction<JsonFields, List<Problem>, T> read) {
    var value = raw(name);
    if (value == null) {
      return Option.none();
    }
    if (value instanceof JsonObject member) {
      return Option.of(read.apply(new JsonFields(member, path(name), problems), problems));
    }
    if (value instanceof ReadObject streamed) {
      problems.addAll(streamed.problems());
      @SuppressWarnings("unchecked")
      var result = (T) streamed.value();
      return Option.of(result);
    }
    wrongType(name, "an object", value);
    return Option.none();
  }

  /** An array's elements; absent gives none. */
  Elements array(String name) {
    var value = raw(name);
    if (value == null) {
      return Elements.NONE;
    }
    if (value instanceof JsonArray array) {
      return new Elements(array.elements(), null);
    }
    if (value instanceof ReadArray streamed) {
      return new Elements(null, streamed);
    }
    wrongType(name, "an array", value);
    return Elements.NONE;
  }

  /**
   * An array member: the tree's elements, or what a {@link SchemaDocumentSink} read of them (their
   * results and problems, or only their count when there were more than it keeps).
   */
  record Elements(List<JsonValue> tree, ReadArray streamed) {

    static final Elements NONE = new Elements(List.of(), null);

    int size() {
      return tree != null ? tree.size() : streamed.size();
    }
  }

  /** The JSON type name of a member's value. */
  static String typeName(Object value) {
    if (value instanceof JsonValue json) {
      return json.typeName();
    }
    if (value instanceof String) {
      return "string";
    }
    return value instanceof ReadArray ? "array" : "object";
  }

  /** The members not read or skipped, in their order. */
  JsonObject extra() {
    if (found == size) {
      return JsonObject.empty();
    }
    var extra = JsonObject.builder();
    for (int i = 0; i < size; i++) {
      if (!isRead(i)) {
        if (object != null) {
          extra.add(object.nameAt(i), object.valueAt(i));
        } else {
          var value = values[i];
          extra.add(
              names[i], value instanceof String text ? new JsonString(text) : (JsonValue) value);
        }
      }
    }
    return extra.build();
  }

  void problem(String name, String code, String message) {
    problems.add(Problem.error(path(name), code, message));
  }

  private void wrongType(String name, String expected, Object actual) {
    problems.add(
        Problem.error(
            path(name), "WRONG_TYPE", name + " must be " + expected + ", not " + typeName(actual)));
  }

  private static String lastName(String path) {
    var dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
