package io.dbkeep.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonFactory;

/** The tree reader charges each node's estimated size as it builds it (ADR 0130). */
class JsonTreeBudgetTest {

  private final JsonCodec codec = new JsonCodec();

  @Test
  void aTreeOverItsBudgetIsRefusedBeforeItIsBuilt() {
    var body = bytes(denseDocument(200, 200));

    assertThatThrownBy(() -> codec.read(body, 1_000_000))
        .isInstanceOfSatisfying(
            JsonTreeTooLargeException.class,
            e -> {
              assertThat(e.budget()).isEqualTo(1_000_000);
              // stopped early: the document has more than 160,000 values
              assertThat(e.valuesRead()).isBetween(1L, 30_000L);
              assertThat(e.getMessage()).contains("1000000 bytes");
            });
  }

  @Test
  void aTreeWithinItsBudgetIsTheSameAsAnUnboundedRead() {
    var text = denseDocument(20, 30);

    assertThat(codec.read(bytes(text), 10_000_000)).isEqualTo(codec.read(text));
  }

  @Test
  void theBudgetIsInclusiveOfTheWholeEstimate() {
    var body = bytes("{\"a\":[\"x\",\"y\"]}");
    var estimate = estimate("{\"a\":[\"x\",\"y\"]}");

    assertThat(codec.read(body, estimate)).isNotNull();
    assertThatThrownBy(() -> codec.read(body, estimate - 1))
        .isInstanceOf(JsonTreeTooLargeException.class);
  }

  @Test
  void malformedJsonIsStillMalformedUnderABudget() {
    assertThatThrownBy(() -> codec.read(bytes("{\"a\":"), 1_000))
        .isInstanceOf(MalformedJsonException.class);
  }

  @Test
  void eachNodeIsChargedItsRetainedSize() {
    // object of 3 members: record 16 + members map 40 + two arrays of 3 references (16+12 -> 32)
    assertThat(TreeSizes.object(3)).isEqualTo(16 + 40 + 32 + 32);
    // a 9-member object also keeps a hash index of 32 int slots
    assertThat(TreeSizes.object(9)).isEqualTo(16 + 40 + 2 * 56 + (16 + 128));
    // "id": JsonString 16 + String 24 + byte[2] 16+2 -> 24
    assertThat(TreeSizes.string("id")).isEqualTo(16 + 24 + 24);
    // non-Latin-1 text takes two bytes a character
    assertThat(TreeSizes.string("表表表表")).isEqualTo(16 + 24 + 24);
    assertThat(TreeSizes.string("表表表表表")).isEqualTo(16 + 24 + 32);
    assertThat(TreeSizes.array(2)).isEqualTo(16 + 24);
    assertThat(TreeSizes.array(3)).isEqualTo(16 + 24 + 32);
  }

  @Test
  void emptyContainersSmallIntegersTrueFalseAndNullCostOnlyTheirSlot() {
    // one array of 7 elements: record 16 + list 24 + 16+28 -> 48; its elements share nodes
    assertThat(estimate("[{},[],0,1023,true,false,null]")).isEqualTo(16 + 24 + 48);
    // 1024 is no longer small: a JsonNumber and its BigDecimal
    assertThat(estimate("[1024]")).isEqualTo(16 + 24 + 16 + 40);
  }

  @Test
  void repeatedShortStringsAndNamesAreOneNodeEach() {
    var value = (JsonArray) codec.read(bytes("[{\"type\":\"INTEGER\"},{\"type\":\"INTEGER\"}]"));

    var first = (JsonObject) value.elements().get(0);
    var second = (JsonObject) value.elements().get(1);
    assertThat(first.valueAt(0)).isSameAs(second.valueAt(0));
    assertThat(first.nameAt(0)).isSameAs(second.nameAt(0));
    // the second object costs its own arrays only
    var one = estimate("[{\"type\":\"INTEGER\"}]");
    var two = estimate("[{\"type\":\"INTEGER\"},{\"type\":\"INTEGER\"}]");
    assertThat(two - one).isEqualTo(TreeSizes.object(1));
  }

  @Test
  void longStringsAreChargedEachTimeByTheirLength() {
    var text = "x".repeat(JsonTreeReader.SHARED_STRING_LENGTH + 1);
    var value = (JsonArray) codec.read(bytes("[\"" + text + "\",\"" + text + "\"]"));

    assertThat(value.elements().get(0))
        .isEqualTo(new JsonString(text))
        .isNotSameAs(value.elements().get(1));
    assertThat(estimate("[\"" + text + "\",\"" + text + "\"]"))
        .isEqualTo(TreeSizes.array(2) + 2 * TreeSizes.string(text));
  }

  @Test
  void aShortStringWhoseSharedSlotIsTakenIsChargedEachTime() {
    // two strings for the same slot of the shared table: the first keeps it
    var table = new SharedTexts<String>(JsonTreeReader.SHARED_ENTRIES);
    var first = "s0";
    var second = "";
    for (int i = 1; second.isEmpty(); i++) {
      if (table.slot("s" + i) == table.slot(first)) {
        second = "s" + i;
      }
    }
    var once = "[\"" + first + "\",\"" + second + "\"]";
    var twice = "[\"" + first + "\",\"" + second + "\",\"" + second + "\"]";
    var firstTwice = "[\"" + first + "\",\"" + second + "\",\"" + first + "\"]";

    // never undercounted: the second string is charged again, the first is shared
    assertThat(estimate(twice) - estimate(once))
        .isEqualTo(TreeSizes.string(second) + TreeSizes.array(3) - TreeSizes.array(2));
    assertThat(estimate(firstTwice) - estimate(once))
        .isEqualTo(TreeSizes.array(3) - TreeSizes.array(2));
    var read = (JsonArray) codec.read(bytes(firstTwice));
    assertThat(read.elements().get(2)).isSameAs(read.elements().get(0));
  }

  @Test
  void wideNumbersAreChargedTheirBigInteger() {
    assertThat(estimate("[123456789012345678901234567890]"))
        .isEqualTo(TreeSizes.array(1) + 16 + 40 + 40 + (16 + 16));
    assertThat(estimate("[0.5]")).isEqualTo(TreeSizes.array(1) + 16 + 40 + 40 + (16 + 8));
  }

  @Test
  void aDenseDocumentIsEstimatedNearItsHeapHistogram() {
    // 200 tables of 200 three-member columns: 3.5 bytes of tree for each byte of body (the
    // column names and types are shared; before, the tree was about nine times the body)
    var text = denseDocument(200, 200);
    var estimate = estimate(text);

    assertThat((double) estimate / bytes(text).length).isBetween(3.0, 4.5);
  }

  static String denseDocument(int tables, int columns) {
    var out = new StringBuilder("{\"tables\":[");
    for (int t = 0; t < tables; t++) {
      out.append(t == 0 ? "" : ",").append("{\"id\":\"t").append(t);
      out.append("\",\"name\":\"table_").append(t).append("\",\"columns\":[");
      for (int c = 0; c < columns; c++) {
        out.append(c == 0 ? "" : ",").append("{\"id\":\"t").append(t).append('c').append(c);
        out.append("\",\"name\":\"column_").append(c).append("\",\"type\":\"VARCHAR\"}");
      }
      out.append("]}");
    }
    return out.append("]}").toString();
  }

  private static long estimate(String text) {
    try (var parser = JsonFactory.builder().build().createParser(bytes(text))) {
      var reader = new JsonTreeReader(parser, Long.MAX_VALUE);
      JsonValue value = reader.read(parser.nextToken());
      assertThat(value).isNotNull();
      return reader.charged();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
