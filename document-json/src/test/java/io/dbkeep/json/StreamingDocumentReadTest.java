package io.dbkeep.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.schema.Decoded;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.SchemaDocumentSink;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.testsupport.JsonFuzz;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonFactory;

/**
 * Differential test of the streaming read of a document (ADR 0141): for every text, reading it
 * through {@link SchemaDocumentSink} gives what the tree read gives — {@code
 * SchemaDocumentReader.read(codec.read(bytes, budget))} — the same document (its records, and every
 * element's unknown members in their order: compared as written text too), the same problems in the
 * same order, or the same refusal (exception type and message, budget and values read). Texts: the
 * repository's sample and fuzz documents, thousands of random documents of every member of the
 * wrong type now and then, every value of a document replaced by each JSON type in turn, fuzzed and
 * cut texts, and budgets and schema limits small enough to be passed.
 */
class StreamingDocumentReadTest {

  private static final SchemaLimits SMALL = new SchemaLimits(3, 4);

  private final JsonCodec codec = new JsonCodec();

  @Test
  void theSamplesAndFuzzDocumentsReadTheSame() throws Exception {
    var texts = corpus();
    assertThat(texts).hasSizeGreaterThanOrEqualTo(8);
    for (var text : texts) {
      for (var limits : List.of(SchemaLimits.DEFAULT, SMALL)) {
        assertSame(text, Long.MAX_VALUE, limits);
      }
    }
  }

  @Test
  void randomDocumentsReadTheSame() {
    var random = new Random(141);
    for (int i = 0; i < 3_000; i++) {
      var text = codec.write(new Documents(random, 0.05 + random.nextDouble() * 0.2).document());
      assertSame(text, Long.MAX_VALUE, i % 3 == 0 ? SMALL : SchemaLimits.DEFAULT);
    }
  }

  @Test
  void everyValueOfEveryTypeReadsTheSame() {
    var random = new Random(7);
    var replacements =
        List.<JsonValue>of(
            JsonNull.INSTANCE,
            new JsonString("x"),
            new JsonString(""),
            JsonNumber.of(1),
            new JsonNumber(new BigDecimal("1.5")),
            new JsonNumber(new BigDecimal("1e400")),
            new JsonNumber(new BigDecimal("-99999999999")),
            JsonBoolean.TRUE,
            JsonObject.empty(),
            new JsonObject(java.util.Map.of("k", JsonNumber.of(2))),
            new JsonArray(List.of()),
            new JsonArray(List.of(JsonNumber.of(3), new JsonString("s"))));
    for (int round = 0; round < 4; round++) {
      var document = new Documents(random, 0).document();
      var paths = new ArrayList<List<Object>>();
      collectPaths(document, new ArrayList<>(), paths);
      for (var path : paths) {
        for (var replacement : replacements) {
          var text = codec.write(replace(document, path, 0, replacement));
          assertSame(text, Long.MAX_VALUE, SchemaLimits.DEFAULT);
        }
      }
    }
  }

  @Test
  void fuzzedAndCutTextsReadTheSame() throws Exception {
    var random = new Random(20261206);
    var seeds = new ArrayList<>(corpus());
    for (int i = 0; i < 20; i++) {
      seeds.add(codec.write(new Documents(random, 0.1).document()));
    }
    for (int i = 0; i < 3_000; i++) {
      var seed = seeds.get(random.nextInt(seeds.size()));
      var text =
          switch (random.nextInt(4)) {
            case 0 -> seed.substring(0, random.nextInt(seed.length() + 1));
            case 1 -> duplicated(seed, random);
            default -> JsonFuzz.mutate(seed, random, 4);
          };
      assertSame(text, Long.MAX_VALUE, i % 2 == 0 ? SMALL : SchemaLimits.DEFAULT);
    }
  }

  @Test
  void deepEscapedAndOddTextsReadTheSame() {
    var texts =
        List.of(
            "",
            " ",
            "null",
            "[]",
            "\"text\"",
            "12",
            "{}",
            "{} {}",
            "{\"tables\":[{\"id\":\"t\",\"name\":\"a\\u00e9\\ud83d\\ude00\\n\\\"\",\"columns\":[]}]}",
            "{\"tables\":[{\"id\":\"\\ud800\",\"name\":\"\\u0000\"}]}",
            "{\"tables\":[" + "[".repeat(300) + "]".repeat(300) + "]}",
            "{\"x\":" + "{\"a\":".repeat(199) + "1" + "}".repeat(199) + "}",
            "{\"x\":" + "{\"a\":".repeat(198) + "1" + "}".repeat(198) + "}",
            "{\"tables\":[{\"id\":\"t\",\"id\":\"u\"}]}",
            "{\"tables\":[{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9,\"b\":2}]}",
            "{\"tables\":[],\"tables\":[]}",
            "{\"tables\":[{\"position\":{\"x\":1,\"x\":2}}]}",
            "{\"formatVersion\":1E+2147483648}",
            "{\"formatVersion\":1" + "0".repeat(99) + "}",
            "{\"formatVersion\":1" + "0".repeat(100) + "}",
            "{\"tables\":[{\"columns\":[{\"length\":1e3,\"scale\":-0,\"precision\":2.50,"
                + "\"dimension\":3000000000}]}]}",
            "{\"tables\":[{\"position\":{\"x\":1e301,\"y\":-1e300}},{\"position\":null}]}",
            "{\"tables\":[{\"id\":1}], \"extra\": [1,2,{\"z\":null}], \"tables2\": {}}",
            "{\"tables\":{}}");
    for (var text : texts) {
      for (var limits : List.of(SchemaLimits.DEFAULT, SMALL, new SchemaLimits(1, 1))) {
        assertSame(text, Long.MAX_VALUE, limits);
      }
    }
  }

  @Test
  void budgetsArePassedAtTheSameValueByDocumentsWithoutProblems() {
    var random = new Random(130);
    for (int i = 0; i < 400; i++) {
      var text = validDocument(1 + random.nextInt(40), random);
      var bytes = text.getBytes(StandardCharsets.UTF_8);
      var whole = treeCharge(bytes);
      var budget = (long) (random.nextDouble() * whole * 1.1);
      assertSame(text, budget, SchemaLimits.DEFAULT);
    }
  }

  @Test
  void budgetsArePassedNoLaterThanByTheTree() {
    var random = new Random(131);
    for (int i = 0; i < 400; i++) {
      var text = codec.write(new Documents(random, 0.1).document());
      var bytes = text.getBytes(StandardCharsets.UTF_8);
      var budget = (long) (random.nextDouble() * treeCharge(bytes) * 1.1);
      var tree = outcome(() -> new SchemaDocumentReader().read(codec.read(bytes, budget)));
      var streamed =
          outcome(
              () ->
                  codec.stream(bytes, budget, SchemaDocumentSink.document(SchemaLimits.DEFAULT))
                      .document()
                      .get());
      if (!streamed.equals(tree)) {
        // what the document keeps (records, problems) passed the budget before the tree did
        assertThat(streamed.refusal()).as(abbreviated(text)).startsWith("too large: ");
        assertThat(valuesRead(streamed)).isLessThanOrEqualTo(valuesRead(tree));
      }
    }
  }

  /**
   * A body whose tree is small (four bytes an empty column) but whose document is not (a record and
   * three REQUIRED problems a column): 100,000 columns of {@code {}} in 0.3 MB. The tree read
   * passes the budget only after the document is read (and ended a 224 MB heap at 500,000); the
   * streamed read is refused while it reads.
   */
  @Test
  void aDocumentOfEmptyElementsIsBoundedByWhatItKeeps() {
    var text = new StringBuilder("{\"tables\":[");
    for (int t = 0; t < 100; t++) {
      text.append(t == 0 ? "" : ",").append("{\"columns\":[");
      for (int c = 0; c < 1000; c++) {
        text.append(c == 0 ? "{}" : ",{}");
      }
      text.append("]}");
    }
    var bytes = text.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    var budget = 8L << 20;

    assertThat(treeCharge(bytes)).isLessThan(budget / 10);
    assertThat(
            outcome(
                    () ->
                        codec.stream(
                                bytes, budget, SchemaDocumentSink.document(SchemaLimits.DEFAULT))
                            .document()
                            .get())
                .refusal())
        .startsWith("too large: The JSON tree would need more than 8388608 bytes");
  }

  private static long valuesRead(Outcome outcome) {
    if (outcome.refusal() == null || !outcome.refusal().startsWith("too large: ")) {
      return Long.MAX_VALUE;
    }
    var matcher = java.util.regex.Pattern.compile("after (\\d+) values").matcher(outcome.refusal());
    return matcher.find() ? Long.parseLong(matcher.group(1)) : Long.MAX_VALUE;
  }

  /** A document without problems: {@code tables} tables of a few columns each. */
  private String validDocument(int tables, Random random) {
    var text = new StringBuilder("{\"tables\":[");
    for (int t = 0; t < tables; t++) {
      text.append(t == 0 ? "" : ",")
          .append("{\"id\":\"t")
          .append(t)
          .append("\",\"name\":\"table_")
          .append(t)
          .append("\",\"position\":{\"x\":")
          .append(random.nextInt(5000))
          .append(",\"y\":1.5},\"columns\":[");
      for (int c = 0, columns = 1 + random.nextInt(12); c < columns; c++) {
        text.append(c == 0 ? "" : ",")
            .append("{\"id\":\"c")
            .append(t)
            .append('_')
            .append(c)
            .append("\",\"name\":\"column_")
            .append(c)
            .append("\",\"type\":\"VARCHAR\",\"length\":")
            .append(1 + random.nextInt(2000))
            .append(",\"nullable\":")
            .append(random.nextBoolean())
            .append('}');
      }
      text.append("]}");
    }
    return text.append("],\"relations\":[]}").toString();
  }

  @Test
  void aBodyReadsItsDocumentMemberAsTheTreeWould() throws Exception {
    var random = new Random(60);
    var bodies = new ArrayList<String>();
    for (var document : corpus()) {
      bodies.add("{\"name\":\"n\",\"engine\":\"postgresql\",\"data\":" + document + "}");
      bodies.add("{\"data\":" + document + ",\"name\":3}");
    }
    bodies.addAll(
        List.of(
            "[]",
            "\"x\"",
            "{}",
            "{\"data\":null}",
            "{\"data\":[1]}",
            "{\"data\":\"x\",\"name\":\"n\"}",
            "{\"data\":{},\"data\":{}}",
            "{\"name\":\"a\",\"data\":{\"tables\":[{\"id\":\"t\"}]},\"name\":\"b\"}",
            "{\"nested\":{\"data\":{\"tables\":3}}}"));
    for (int i = 0; i < 300; i++) {
      var body =
          "{\"name\":\"p\",\"data\":"
              + codec.write(new Documents(random, 0.1).document())
              + ",\"x\":[1,{}]}";
      bodies.add(random.nextBoolean() ? body : JsonFuzz.mutate(body, random, 3));
    }
    for (var body : bodies) {
      assertThat(bodyRead(body, this::streamBody))
          .as("body %s", body)
          .isEqualTo(bodyRead(body, this::treeBody));
    }
  }

  // --- the two reads

  private void assertSame(String text, long budget, SchemaLimits limits) {
    var bytes = text.getBytes(StandardCharsets.UTF_8);
    var tree = outcome(() -> new SchemaDocumentReader(limits).read(codec.read(bytes, budget)));
    var streamed =
        outcome(
            () ->
                codec.stream(bytes, budget, SchemaDocumentSink.document(limits)).document().get());
    assertThat(streamed).as("streamed read of %s", abbreviated(text)).isEqualTo(tree);
  }

  private record Outcome(
      String refusal, SchemaDocument document, List<?> problems, String written) {}

  private Outcome outcome(java.util.function.Supplier<Decoded<SchemaDocument>> read) {
    Decoded<SchemaDocument> decoded;
    try {
      decoded = read.get();
    } catch (MalformedJsonException e) {
      return new Outcome("malformed: " + e.describe(), null, null, null);
    } catch (JsonTreeTooLargeException e) {
      return new Outcome("too large: " + e.getMessage(), null, null, null);
    }
    String written;
    try {
      written = codec.write(decoded.value());
    } catch (RuntimeException e) {
      written = "unwritable: " + e;
    }
    return new Outcome(null, decoded.value(), decoded.problems(), written);
  }

  private record BodyOutcome(String refusal, String body, Outcome document) {}

  private BodyOutcome bodyRead(String body, Function<byte[], BodyOutcome> read) {
    try {
      return read.apply(body.getBytes(StandardCharsets.UTF_8));
    } catch (MalformedJsonException e) {
      return new BodyOutcome("malformed: " + e.describe(), null, null);
    } catch (JsonTreeTooLargeException e) {
      return new BodyOutcome("too large: " + e.getMessage(), null, null);
    }
  }

  /** What the web layer did before: the body's tree, its {@code data} read when an object. */
  private BodyOutcome treeBody(byte[] bytes) {
    var value = codec.read(bytes, Long.MAX_VALUE);
    if (!(value instanceof JsonObject object)) {
      return new BodyOutcome(null, codec.write(value), null);
    }
    var data = object.get("data");
    if (data.isEmpty() || !(data.get() instanceof JsonObject document)) {
      return new BodyOutcome(null, codec.write(object), null);
    }
    var rest = JsonObject.builder();
    for (int i = 0; i < object.size(); i++) {
      if (!object.nameAt(i).equals("data")) {
        rest.add(object.nameAt(i), object.valueAt(i));
      }
    }
    return new BodyOutcome(
        null, codec.write(rest.build()), outcome(() -> new SchemaDocumentReader().read(document)));
  }

  private BodyOutcome streamBody(byte[] bytes) {
    var sink =
        codec.stream(
            bytes, Long.MAX_VALUE, SchemaDocumentSink.member(SchemaLimits.DEFAULT, "data"));
    return new BodyOutcome(
        null,
        codec.write(sink.body()),
        sink.document().map(decoded -> outcome(() -> decoded)).getOrNull());
  }

  /** What the tree of {@code bytes} is charged in all. */
  private static long treeCharge(byte[] bytes) {
    try (var parser = JsonFactory.builder().build().createParser(bytes)) {
      var reader = new JsonTreeReader(parser, Long.MAX_VALUE);
      reader.read(parser.nextToken());
      return reader.charged();
    }
  }

  // --- texts

  private static List<String> corpus() throws Exception {
    var texts = new ArrayList<String>();
    for (var directory :
        List.of(
            "../schema-tests/src/test/resources/fuzz/documents",
            "../schema-tests/src/test/resources/samples",
            "../bootstrap/src/test/resources/fuzz/bodies",
            "../../shared/samples",
            "/work/shared/samples")) {
      var path = Path.of(directory);
      if (Files.isDirectory(path)) {
        texts.addAll(JsonFuzz.corpus(path));
      }
    }
    return texts;
  }

  /** The text with one member written twice (in an object picked at random). */
  private static String duplicated(String text, Random random) {
    var at = text.indexOf("\"id\":", random.nextInt(Math.max(1, text.length())));
    if (at < 0) {
      return text;
    }
    return text.substring(0, at) + "\"id\":\"again\"," + text.substring(at);
  }

  private static String abbreviated(String text) {
    return text.length() <= 400 ? text : text.substring(0, 400) + "… (" + text.length() + ")";
  }

  private static void collectPaths(JsonValue value, List<Object> at, List<List<Object>> paths) {
    paths.add(List.copyOf(at));
    if (value instanceof JsonObject object) {
      for (int i = 0; i < object.size(); i++) {
        at.add(object.nameAt(i));
        collectPaths(object.valueAt(i), at, paths);
        at.remove(at.size() - 1);
      }
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.elements().size(); i++) {
        at.add(i);
        collectPaths(array.elements().get(i), at, paths);
        at.remove(at.size() - 1);
      }
    }
  }

  private static JsonValue replace(
      JsonValue value, List<Object> path, int depth, JsonValue replacement) {
    if (depth == path.size()) {
      return replacement;
    }
    var step = path.get(depth);
    if (value instanceof JsonObject object) {
      var copy = JsonObject.builder();
      for (int i = 0; i < object.size(); i++) {
        var name = object.nameAt(i);
        copy.add(
            name,
            name.equals(step)
                ? replace(object.valueAt(i), path, depth + 1, replacement)
                : object.valueAt(i));
      }
      return copy.build();
    }
    var elements = new ArrayList<>(((JsonArray) value).elements());
    var index = (Integer) step;
    elements.set(index, replace(elements.get(index), path, depth + 1, replacement));
    return new JsonArray(elements);
  }

  /**
   * Random documents as trees: every member present or not, in any order, now and then of another
   * type (with probability {@code wrong}), with unknown members, nulls, odd numbers and strings.
   */
  static final class Documents {

    private static final List<String> COLUMN_TYPES =
        List.of("INT", "VARCHAR", "TEXT", "BIGINT", "DECIMAL", "BOOLEAN", "ENUM", "VECTOR", "NOPE");

    private final Random random;
    private final double wrong;

    Documents(Random random, double wrong) {
      this.random = random;
      this.wrong = wrong;
    }

    JsonValue document() {
      return object(
          member("formatVersion", () -> pick(JsonNumber.of(1), JsonNumber.of(0), JsonNumber.of(2))),
          member("tables", () -> array(6, this::table)),
          member("relations", () -> array(4, this::relation)),
          member("groups", () -> array(2, this::group)),
          member("notes", () -> array(2, this::note)),
          member("enums", () -> array(2, this::enumType)));
    }

    private JsonValue table() {
      return object(
          member("id", this::id),
          member("name", this::name),
          member("color", this::name),
          member("position", this::position),
          member("parentNode", this::id),
          member("columns", () -> array(6, this::column)),
          member("indexes", () -> array(2, this::index)),
          member("checks", () -> array(2, this::check)),
          member("comment", this::name));
    }

    private JsonValue column() {
      return object(
          member("id", this::id),
          member("name", this::name),
          member("type", () -> text(COLUMN_TYPES.get(random.nextInt(COLUMN_TYPES.size())))),
          member("primaryKey", this::bool),
          member("nullable", this::bool),
          member("unique", this::bool),
          member("default", this::name),
          member("length", this::integer),
          member("precision", this::integer),
          member("scale", this::integer),
          member("dimension", this::integer),
          member("enumId", this::id),
          member("comment", this::name));
    }

    private JsonValue index() {
      return object(
          member("id", this::id),
          member("name", this::name),
          member("columnIds", () -> array(3, this::id)),
          member("unique", this::bool));
    }

    private JsonValue check() {
      return object(
          member("id", this::id),
          member("name", this::name),
          member(
              "expression",
              () -> text(random.nextInt(20) == 0 ? "a > 1 or ".repeat(500) : "a > 1")));
    }

    private JsonValue relation() {
      return object(
          member("id", this::id),
          member("name", this::name),
          member("sourceTableId", this::id),
          member("sourceColumnId", this::id),
          member("targetTableId", this::id),
          member("targetColumnId", this::id),
          member(
              "additionalColumns",
              () ->
                  array(
                      5,
                      () ->
                          object(
                              member("sourceColumnId", this::id),
                              member("targetColumnId", this::id)))),
          member("type", () -> pick(text("1:1"), text("1:N"), text("N:M"), text("2:2"))),
          member("onDelete", this::action),
          member("onUpdate", this::action),
          member("sourceHandlePosition", this::name),
          member("targetHandlePosition", this::name));
    }

    private JsonValue group() {
      return object(
          member("id", this::id),
          member("name", this::name),
          member("color", this::name),
          member("position", this::position),
          member("style", this::style));
    }

    private JsonValue note() {
      return object(
          member("id", this::id),
          member("name", this::name),
          member("content", this::name),
          member("color", this::name),
          member("textColor", this::name),
          member("position", this::position),
          member("style", this::style),
          member("parentNode", this::id));
    }

    private JsonValue enumType() {
      return object(
          member("id", this::id),
          member("name", this::name),
          member("values", () -> array(4, this::name)));
    }

    private JsonValue position() {
      return object(
          member(
              "x",
              () ->
                  pick(
                      JsonNumber.of(random.nextInt(2000) - 1000),
                      new JsonNumber(new BigDecimal("12.75")),
                      new JsonNumber(new BigDecimal("1e301")))),
          member("y", () -> JsonNumber.of(random.nextInt(5000))));
    }

    private JsonValue style() {
      return object(member("width", () -> text("200px")), member("height", this::name));
    }

    private JsonValue action() {
      return pick(text("CASCADE"), text("SET NULL"), text("NO ACTION"), text("nothing"));
    }

    private JsonValue id() {
      return text(pick("t1", "t2", "c1", "c2", "e1", "x" + random.nextInt(100)));
    }

    private JsonValue name() {
      return text(pick("users", "id", "é\u00e9", "\ud83d\ude00 emoji", "a\"quote\\", "", "tab\t"));
    }

    private JsonValue bool() {
      return JsonBoolean.of(random.nextBoolean());
    }

    private JsonValue integer() {
      return pick(
          JsonNumber.of(random.nextInt(300)),
          JsonNumber.of(-5),
          new JsonNumber(new BigDecimal("3.0")),
          new JsonNumber(new BigDecimal("2.5")),
          new JsonNumber(new BigDecimal("2147483648")),
          new JsonNumber(new BigDecimal("1e12")),
          new JsonNumber(new BigDecimal("123456789012345678901234567890")));
    }

    // --- building

    private record Member(String name, java.util.function.Supplier<JsonValue> value) {}

    private static Member member(String name, java.util.function.Supplier<JsonValue> value) {
      return new Member(name, value);
    }

    private JsonValue object(Member... members) {
      var chosen = new ArrayList<Member>();
      for (var member : members) {
        if (random.nextInt(10) < 8) {
          chosen.add(member);
        }
      }
      for (int i = random.nextInt(8) == 0 ? 1 + random.nextInt(3) : 0; i > 0; i--) {
        chosen.add(member("unknown" + random.nextInt(4) + "_" + i, () -> odd(0)));
      }
      if (random.nextInt(3) == 0) {
        Collections.shuffle(chosen, random);
      }
      var object = JsonObject.builder();
      for (var member : chosen) {
        object.addIfAbsent(member.name(), value(member.value()));
      }
      return object.build();
    }

    private JsonValue value(java.util.function.Supplier<JsonValue> proper) {
      if (random.nextDouble() < wrong) {
        return odd(0);
      }
      return proper.get();
    }

    private JsonValue array(int most, java.util.function.Supplier<JsonValue> element) {
      var elements = new ArrayList<JsonValue>();
      for (int i = random.nextInt(most + 1); i > 0; i--) {
        elements.add(value(element));
      }
      return new JsonArray(elements);
    }

    /** A value of any type, the awkward ones often. */
    private JsonValue odd(int depth) {
      return switch (random.nextInt(depth > 2 ? 8 : 10)) {
        case 0 -> JsonNull.INSTANCE;
        case 1 -> JsonBoolean.of(random.nextBoolean());
        case 2 -> JsonNumber.of(random.nextLong());
        case 3 -> new JsonNumber(new BigDecimal(pick("1e400", "-0.0", "1.5", "1e-7", "7E+2")));
        case 4 -> text(pick("", "x", "\u0000", "\ud83d\ude00", "\\\"", "long".repeat(20)));
        case 5 -> JsonObject.empty();
        case 6 -> new JsonArray(List.of());
        case 7 -> text("s" + random.nextInt(10));
        case 8 -> {
          var elements = new ArrayList<JsonValue>();
          for (int i = random.nextInt(4); i > 0; i--) {
            elements.add(odd(depth + 1));
          }
          yield new JsonArray(elements);
        }
        default -> {
          var object = JsonObject.builder();
          for (int i = random.nextInt(4); i > 0; i--) {
            object.addIfAbsent(pick("a", "b", "id", "name", "tables"), odd(depth + 1));
          }
          yield object.build();
        }
      };
    }

    private static JsonValue text(String value) {
      return new JsonString(value);
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
      return choices[random.nextInt(choices.length)];
    }
  }
}
