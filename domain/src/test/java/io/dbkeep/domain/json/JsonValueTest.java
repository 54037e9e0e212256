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
}
