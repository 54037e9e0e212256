package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.json.StorableJson;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.dbkeep.json.JsonCodec;
import io.dbkeep.json.JsonLimits;
import io.dbkeep.json.MalformedJsonException;
import io.dbkeep.testsupport.JsonFuzz;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * The stored text of a save is written straight from the document's records (ADR 0131): it must be
 * the very text of the document's tree, and the check that it can be stored, made while walking the
 * records, must name exactly the problems that the check of the tree (a plain recursive walk kept
 * here as the reference) names, in the same order, with the same paths. Over random documents,
 * fuzzed ones (unknown members of any shape, hostile numbers, odd text) and random documents into
 * which unstorable strings, member names and numbers are planted.
 */
class StoredTextProperties {

  private static final JsonCodec CODEC = new JsonCodec(JsonLimits.STORED);
  private static final SchemaDocumentReader READER = new SchemaDocumentReader();

  @Property(tries = 200)
  void theTextOfARandomDocumentIsTheTextOfItsTree(@ForAll long seed) {
    assertWrittenAlike(RandomDocuments.generate(seed));
  }

  @Property(tries = 400, seed = "20261206", shrinking = ShrinkingMode.OFF)
  void theTextOfAFuzzedDocumentIsTheTextOfItsTree(@ForAll("variants") String text) {
    SchemaDocument document;
    try {
      document = READER.readDocumentOrEnvelope(new JsonCodec().read(text)).value();
    } catch (MalformedJsonException refused) {
      return;
    }
    assertWrittenAlike(document);
  }

  @Property(tries = 300)
  void unstorableValuesPlantedAnywhereAreNamedAsTheTreeCheckNamesThem(
      @ForAll long seed, @ForAll("plantings") int plantings) {
    var random = new Random(seed);
    var tree = SchemaDocumentWriter.write(RandomDocuments.generate(seed));
    for (int i = 0; i < plantings; i++) {
      tree = (JsonObject) plant(tree, random);
    }
    var document = READER.read(tree).value();

    var problems = assertWrittenAlike(document);

    if (plantings > 0 && !problems.isEmpty()) {
      assertThat(problems).allMatch(Problem::isError);
    }
  }

  @Provide
  Arbitrary<String> variants() {
    var seeds = JsonFuzz.corpus(Path.of("src/test/resources/fuzz/documents"));
    return Combinators.combine(Arbitraries.of(seeds), Arbitraries.longs())
        .as((seed, random) -> JsonFuzz.mutate(seed, new Random(random), 6));
  }

  @Provide
  Arbitrary<Integer> plantings() {
    return Arbitraries.integers().between(0, 4);
  }

  /** Both writes and both checks agree; returns the problems. */
  private static List<Problem> assertWrittenAlike(SchemaDocument document) {
    var tree = SchemaDocumentWriter.write(document);
    var expected = new ArrayList<Problem>();
    reference(tree, "", expected);

    var checker = StorableJson.checker();
    SchemaDocumentWriter.write(document, checker);

    assertThat(checker.problems()).isEqualTo(expected);
    assertThat(StorableJson.problems(tree)).isEqualTo(expected);
    if (expected.isEmpty()) {
      assertThat(CODEC.write(document)).isEqualTo(CODEC.write(tree));
    }
    return expected;
  }

  private static final List<JsonValue> UNSTORABLE =
      List.of(
          new JsonString("nul \u0000 inside"),
          new JsonString("lone high \ud800"),
          new JsonString("\udc00 lone low"),
          new JsonString("pair \ud83d\ude00 fine"),
          new JsonString("\ude00\ud83d reversed"),
          new JsonNumber(new BigDecimal("1e308")),
          new JsonNumber(new BigDecimal("-1e-120")),
          new JsonNumber(new BigDecimal("1e99")),
          new JsonNumber(new BigDecimal("12345678901234567890123")));

  private static final List<String> NAMES =
      List.of("x\u0000y", "\ud800", "plain", "\ud83d\ude00", "");

  /**
   * The tree with one value replaced by, or one unknown member added with, an awkward string,
   * member name or number; where the reader keeps it (a known string, an unknown member), it
   * reaches the writer.
   */
  private static JsonValue plant(JsonValue value, Random random) {
    if (value instanceof JsonObject object) {
      var members = new LinkedHashMap<String, JsonValue>(object.members());
      if (members.isEmpty() || random.nextInt(6) == 0) {
        members.put(
            NAMES.get(random.nextInt(NAMES.size())),
            UNSTORABLE.get(random.nextInt(UNSTORABLE.size())));
        return new JsonObject(members);
      }
      var names = new ArrayList<>(members.keySet());
      var name = names.get(random.nextInt(names.size()));
      var member = members.get(name);
      if (member instanceof JsonString && random.nextInt(3) == 0) {
        var awkward = UNSTORABLE.get(random.nextInt(5));
        members.put(name, awkward);
      } else {
        members.put(name, plant(member, random));
      }
      return new JsonObject(members);
    }
    if (value instanceof JsonArray array && !array.elements().isEmpty()) {
      var elements = new ArrayList<>(array.elements());
      var index = random.nextInt(elements.size());
      elements.set(index, plant(elements.get(index), random));
      return new JsonArray(elements);
    }
    return value;
  }

  /** The reference: the tree walked recursively, as it was checked before ADR 0131. */
  private static void reference(JsonValue value, String path, List<Problem> problems) {
    if (value instanceof JsonObject object) {
      object
          .members()
          .forEach(
              (name, member) -> {
                var at = path.isEmpty() ? name : path + "." + name;
                text(name, at, "member name", problems);
                reference(member, at, problems);
              });
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.elements().size(); i++) {
        reference(array.elements().get(i), path + "[" + i + "]", problems);
      }
    } else if (value instanceof JsonString string) {
      text(string.value(), path, "string", problems);
    } else if (value instanceof JsonNumber number) {
      var length = StorableJson.plainLength(number.value());
      if (length > StorableJson.MAX_NUMBER_CHARS) {
        problems.add(
            Problem.error(
                path,
                "NUMBER_TOO_LONG",
                "this number has "
                    + length
                    + " characters written in full (no exponent), as it would be stored; at most "
                    + StorableJson.MAX_NUMBER_CHARS
                    + " are allowed"));
      }
    }
  }

  private static void text(String text, String path, String what, List<Problem> problems) {
    for (int i = 0; i < text.length(); i++) {
      var c = text.charAt(i);
      if (c == '\u0000') {
        problems.add(
            Problem.error(
                path,
                "UNSTORABLE_TEXT",
                "this " + what + " contains the character U+0000, which cannot be stored"));
        return;
      }
      var unpairedHigh =
          Character.isHighSurrogate(c)
              && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)));
      var unpairedLow =
          Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (unpairedHigh || unpairedLow) {
        problems.add(
            Problem.error(
                path,
                "UNSTORABLE_TEXT",
                "this "
                    + what
                    + " contains an unpaired UTF-16 surrogate (not a Unicode character)"));
        return;
      }
    }
  }
}
