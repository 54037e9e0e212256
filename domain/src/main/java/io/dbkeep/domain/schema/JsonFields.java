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

/**
 * Reads the members of one JSON object, recording a problem with its path for every member of the
 * wrong type. A JSON {@code null} counts as absent. Members not asked for are the object's extras.
 */
final class JsonFields {

  private static final BigDecimal MAX_DOUBLE = new BigDecimal("1e300");

  private final JsonObject object;
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
    this.path = path;
    this.problems = problems;
    this.base = path;
    this.index = -1;
  }

  /** The fields of element {@code index} of the array at {@code arrayPath}. */
  JsonFields(JsonObject object, String arrayPath, int index, List<Problem> problems) {
    this.object = object;
    this.problems = problems;
    this.base = arrayPath;
    this.index = index;
  }

  /** This object's path. */
  String path() {
    if (path == null) {
      path = element(base, index);
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

  Option<JsonValue> present(String name) {
    return Option.of(raw(name));
  }

  /** The member's value; null when absent or JSON null (no Option: documents have many fields). */
  private JsonValue raw(String name) {
    var index = know(name);
    if (index < 0) {
      return null;
    }
    var value = object.valueAt(index);
    return value == JsonNull.INSTANCE ? null : value;
  }

  /** Marks the member as read; its position, or -1 when the object has no such member. */
  private int know(String name) {
    var index = object.indexOf(name);
    if (index >= 0 && !isRead(index)) {
      if (index < 64) {
        readBits |= 1L << index;
      } else {
        if (readMore == null) {
          readMore = new boolean[object.size()];
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

  static Option<Integer> integer(String path, JsonValue value, List<Problem> problems) {
    if (!(value instanceof JsonNumber number)) {
      problems.add(
          Problem.error(
              path, "WRONG_TYPE", lastName(path) + " must be an integer, not " + value.typeName()));
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

  /** An array's elements; absent gives an empty list. */
  List<JsonValue> array(String name) {
    var value = raw(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof JsonArray array) {
      return array.elements();
    }
    wrongType(name, "an array", value);
    return List.of();
  }

  /** The members not read or skipped, in their order. */
  JsonObject extra() {
    if (found == object.size()) {
      return JsonObject.empty();
    }
    var extra = JsonObject.builder();
    for (int i = 0; i < object.size(); i++) {
      if (!isRead(i)) {
        extra.add(object.nameAt(i), object.valueAt(i));
      }
    }
    return extra.build();
  }

  void problem(String name, String code, String message) {
    problems.add(Problem.error(path(name), code, message));
  }

  private void wrongType(String name, String expected, JsonValue actual) {
    problems.add(
        Problem.error(
            path(name),
            "WRONG_TYPE",
            name + " must be " + expected + ", not " + actual.typeName()));
  }

  private static String lastName(String path) {
    var dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
