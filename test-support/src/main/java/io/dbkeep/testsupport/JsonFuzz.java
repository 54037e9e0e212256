package io.dbkeep.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small structure-aware JSON fuzzer for tests: it turns a seed (a JSON text from a corpus kept in
 * the repository) into a hostile variant — values replaced by awkward ones (huge or tiny numbers,
 * long or odd strings, wrong types, deep nesting), members dropped or duplicated, or the text cut
 * and spliced. Deterministic for a given {@link Random}, so a failure is reproduced by its seed.
 */
public final class JsonFuzz {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Values that break careless readers, validators and SQL builders. */
  private static final List<String> AWKWARD =
      List.of(
          "null",
          "true",
          "0",
          "-0",
          "-1",
          "1.5",
          "1e308",
          "-1e308",
          "1e-400",
          "1e1000",
          "123456789012345678901234567890",
          "9223372036854775808",
          "2147483648",
          "\"\"",
          "\" \"",
          "\"'\"",
          "\"\\\"\"",
          "\"`\"",
          "\"a;b\"",
          "\"-- x\"",
          "\"/* x\"",
          "\"\\u0000\"",
          "\"\\ud83d\\ude00\"",
          "\"é\"",
          "\"PRIMARY\"",
          "\"sqlite_x\"",
          "\"SERIAL\"",
          "\"VARCHAR\"",
          "\"ENUM\"",
          "\"1:N\"",
          "\"N:M\"",
          "\"CASCADE\"",
          "\"now()\"",
          "\"x'); drop table project; --\"",
          "[]",
          "{}",
          "[null]",
          "[".repeat(40) + "1" + "]".repeat(40),
          "{\"a\":{\"b\":{\"c\":{\"d\":{}}}}}");

  private JsonFuzz() {}

  /** The seeds of a corpus directory (every regular file, by name). */
  public static List<String> corpus(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(Files::isRegularFile)
          .sorted()
          .map(
              file -> {
                try {
                  return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A variant of {@code seed} after one to {@code maxSteps} mutations. */
  public static String mutate(String seed, Random random, int maxSteps) {
    var steps = 1 + random.nextInt(Math.max(1, maxSteps));
    JsonNode tree;
    try {
      tree = JSON.readTree(seed);
    } catch (RuntimeException notJson) {
      return textual(seed, random);
    }
    for (int i = 0; i < steps; i++) {
      tree = structural(tree, random);
    }
    var text = JSON.writeValueAsString(tree);
    return random.nextInt(8) == 0 ? textual(text, random) : text;
  }

  /** A random JSON value of moderate size. */
  public static JsonNode randomValue(Random random, int depth) {
    var choice = random.nextInt(depth > 3 ? 3 : 6);
    return switch (choice) {
      case 0 -> JSON.readTree(AWKWARD.get(random.nextInt(AWKWARD.size())));
      case 1 -> NODES.stringNode(randomString(random));
      case 2 -> NODES.numberNode(random.nextLong());
      case 3 -> {
        var array = NODES.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          array.add(randomValue(random, depth + 1));
        }
        yield array;
      }
      default -> {
        var object = NODES.objectNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          object.set(randomString(random), randomValue(random, depth + 1));
        }
        yield object;
      }
    };
  }

  private static JsonNode structural(JsonNode tree, Random random) {
    var containers = new ArrayList<JsonNode>();
    collect(tree, containers);
    if (containers.isEmpty()) {
      return randomValue(random, 0);
    }
    var target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object && !object.isEmpty()) {
      var names = new ArrayList<>(object.propertyNames());
      var name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(4)) {
        case 0 -> object.remove(name);
        case 1 -> object.set(name, randomValue(random, 0));
        case 2 -> object.set(randomString(random), object.get(name).deepCopy());
        default -> object.set(name, JSON.readTree(AWKWARD.get(random.nextInt(AWKWARD.size()))));
      }
    } else if (target instanceof ArrayNode array && !array.isEmpty()) {
      var index = random.nextInt(array.size());
      switch (random.nextInt(4)) {
        case 0 -> array.remove(index);
        case 1 -> array.set(index, randomValue(random, 0));
        case 2 -> {
          for (int i = 1 + random.nextInt(3); i > 0; i--) {
            array.add(array.get(index).deepCopy());
          }
        }
        default -> array.insert(index, array.get(index).deepCopy());
      }
    } else if (target instanceof ObjectNode object) {
      object.set(randomString(random), randomValue(random, 0));
    } else if (target instanceof ArrayNode array) {
      array.add(randomValue(random, 0));
    }
    return tree;
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainer()) {
      containers.add(node);
      for (var child : node) {
        collect(child, containers);
      }
    }
  }

  private static String textual(String text, Random random) {
    if (text.isEmpty()) {
      return randomString(random);
    }
    var at = random.nextInt(text.length());
    return switch (random.nextInt(4)) {
      case 0 -> text.substring(0, at);
      case 1 -> text.substring(0, at) + randomString(random) + text.substring(at);
      case 2 ->
          text.substring(0, at)
              + text.substring(Math.min(text.length(), at + 1 + random.nextInt(8)));
      default -> text.substring(0, at) + "\"" + text.substring(at);
    };
  }

  private static String randomString(Random random) {
    var pool = "aZ_09 '\"`;-/*\\\u0000é€😀{}[]:,.\t\n";
    var length = random.nextInt(10) == 0 ? 200 + random.nextInt(2000) : random.nextInt(12);
    var out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.appendCodePoint(
          pool.codePointAt(
              pool.offsetByCodePoints(0, random.nextInt(pool.codePointCount(0, pool.length())))));
    }
    return out.toString();
  }
}
