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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads the members of one JSON object, recording a problem with its path for every member of the
 * wrong type. A JSON {@code null} counts as absent. Members not asked for are the object's extras.
 */
final class JsonFields {

  private static final BigDecimal MAX_DOUBLE = new BigDecimal("1e300");

  private final JsonObject object;
  private final String path;
  private final List<Problem> problems;

  /** The member names asked for (few, so a list is cheaper than a set). */
  private final List<String> known = new ArrayList<>(16);

  private int found;

  JsonFields(JsonObject object, String path, List<Problem> problems) {
    this.object = object;
    this.path = path;
    this.problems = problems;
  }

  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  String path(String name) {
    return child(path, name);
  }

  /** Marks members as known without reading them (so they are not extras). */
  void skip(String... names) {
    for (var name : names) {
      know(name);
    }
  }

  Option<JsonValue> present(String name) {
    know(name);
    return object.get(name).filter(value -> value != JsonNull.INSTANCE);
  }

  private void know(String name) {
    if (!known.contains(name)) {
      known.add(name);
      if (object.members().containsKey(name)) {
        found++;
      }
    }
  }

  /** A string; absent gives "" and, when {@code required}, a REQUIRED problem. */
  String string(String name, boolean required) {
    var value = optionalString(name);
    if (value.isEmpty() && required && present(name).isEmpty()) {
      problems.add(Problem.error(path(name), "REQUIRED", name + " is required"));
    }
    return value.getOrElse("");
  }

  Option<String> optionalString(String name) {
    return present(name)
        .flatMap(
            value -> {
              if (value instanceof JsonString string) {
                return Option.of(string.value());
              }
              wrongType(name, "a string", value);
              return Option.none();
            });
  }

  boolean bool(String name, boolean fallback) {
    return present(name)
        .map(
            value -> {
              if (value instanceof JsonBoolean bool) {
                return bool.value();
              }
              wrongType(name, "true or false", value);
              return fallback;
            })
        .getOrElse(fallback);
  }

  Option<Integer> optionalInt(String name) {
    return present(name).flatMap(value -> integer(path(name), value, problems));
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
    return present(name)
        .map(
            value -> {
              if (value instanceof JsonArray array) {
                return array.elements();
              }
              wrongType(name, "an array", value);
              return List.<JsonValue>of();
            })
        .getOrElse(List.of());
  }

  /** The members not read or skipped, in their order. */
  JsonObject extra() {
    if (found == object.members().size()) {
      return JsonObject.empty();
    }
    var extra = new LinkedHashMap<String, JsonValue>();
    object
        .members()
        .forEach(
            (name, value) -> {
              if (!known.contains(name)) {
                extra.put(name, value);
              }
            });
    return extra.isEmpty() ? JsonObject.empty() : new JsonObject(extra);
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
