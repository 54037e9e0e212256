package io.dbkeep.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValueTest {

  @Test
  void numbersAreEqualByValueWhateverTheirSpelling() {
    var one = new JsonNumber(new BigDecimal("1"));
    var oneOh = new JsonNumber(new BigDecimal("1.00"));
    var oneExp = new JsonNumber(new BigDecimal("1E+0"));

    assertThat(one).isEqualTo(oneOh).isEqualTo(oneExp);
    assertThat(one.hashCode()).isEqualTo(oneOh.hashCode()).isEqualTo(oneExp.hashCode());
    assertThat(new JsonNumber(BigDecimal.ZERO)).isEqualTo(new JsonNumber(new BigDecimal("0.000")));
  }

  @Test
  void objectsAreImmutableCopiesThatKeepMemberOrder() {
    var source = new java.util.LinkedHashMap<String, JsonValue>();
    source.put("b", JsonBoolean.TRUE);
    source.put("a", JsonNull.INSTANCE);
    var object = new JsonObject(source);
    source.put("c", JsonBoolean.FALSE);

    assertThat(object.members().keySet()).containsExactly("b", "a");
    assertThatThrownBy(() -> object.members().put("x", JsonNull.INSTANCE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withReplacesInPlaceOrAppends() {
    var object = new JsonObject(Map.of("a", JsonNumber.of(1)));

    assertThat(object.with("a", JsonNumber.of(2)).get("a")).contains(JsonNumber.of(2));
    assertThat(object.with("b", JsonNull.INSTANCE).members()).containsKeys("a", "b");
  }

  @Test
  void objectEqualityIgnoresMemberOrder() {
    var first = new java.util.LinkedHashMap<String, JsonValue>();
    first.put("a", JsonNumber.of(1));
    first.put("b", JsonNumber.of(2));
    var second = new HashMap<String, JsonValue>();
    second.put("b", JsonNumber.of(2));
    second.put("a", JsonNumber.of(1));

    assertThat(new JsonObject(first)).isEqualTo(new JsonObject(second));
  }

  @Test
  void arraysCopyTheirElements() {
    var list = new java.util.ArrayList<JsonValue>(List.of(new JsonString("x")));
    var array = new JsonArray(list);
    list.add(new JsonString("y"));

    assertThat(array.elements()).hasSize(1);
  }

  @Test
  void builtObjectsKeepOrderAndFindMembersSmallOrLarge() {
    for (var size : List.of(0, 1, 8, 9, 100)) {
      var builder = JsonObject.builder();
      var expected = new java.util.LinkedHashMap<String, JsonValue>();
      for (int i = size - 1; i >= 0; i--) {
        builder.add("m" + i, JsonNumber.of(i));
        expected.put("m" + i, JsonNumber.of(i));
      }
      var object = builder.build();

      assertThat(object.members()).containsExactlyEntriesOf(expected);
      assertThat(object).isEqualTo(new JsonObject(expected));
      assertThat(object.hashCode()).isEqualTo(new JsonObject(expected).hashCode());
      for (int i = 0; i < size; i++) {
        assertThat(object.get("m" + i)).contains(JsonNumber.of(i));
      }
      assertThat(object.get("absent")).isEmpty();
      assertThat(object.members().containsKey("m" + size)).isFalse();
    }
  }

  @Test
  void aBuilderRefusesADuplicateNameAndBuildsOnce() {
    for (var size : List.of(2, 20)) {
      var builder = JsonObject.builder();
      for (int i = 0; i < size - 1; i++) {
        builder.add("m" + i, JsonNull.INSTANCE);
      }
      builder.add("m0", JsonBoolean.TRUE);
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("m0");
    }
    var builder = JsonObject.builder().add("a", JsonNull.INSTANCE);
    builder.build();
    assertThatThrownBy(() -> builder.add("b", JsonNull.INSTANCE))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void addIfAbsentKeepsTheFirstValue() {
    var object =
        JsonObject.builder()
            .add("a", JsonNumber.of(1))
            .addIfAbsent("a", JsonNumber.of(2))
            .addIfAbsent("b", JsonNumber.of(3))
            .build();

    assertThat(object.members().keySet()).containsExactly("a", "b");
    assertThat(object.get("a")).contains(JsonNumber.of(1));
  }

  @Test
  void builtMembersAreUnmodifiable() {
    var object = JsonObject.builder().add("a", JsonNull.INSTANCE).build();

    assertThatThrownBy(() -> object.members().put("x", JsonNull.INSTANCE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> object.members().entrySet().iterator().next().setValue(null))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> object.members().keySet().remove("a"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
