package io.dbkeep.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.problem.Problem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorableJsonTest {

  @Test
  void aNumberWhoseFullDecimalFormIsTooLongIsNamedByPath() {
    var document = object(Map.of("extra", number("1e308")));

    var problems = StorableJson.problems(document);

    assertThat(problems).extracting(Problem::path).containsExactly("extra");
    assertThat(problems).extracting(Problem::code).containsExactly("NUMBER_TOO_LONG");
    assertThat(problems.get(0).message()).contains("309");
  }

  @Test
  void tinyNumbersAreTooLongToo() {
    assertThat(StorableJson.problems(number("1e-300"))).hasSize(1);
    assertThat(StorableJson.problems(number("-1.5e-98"))).hasSize(1);
  }

  @Test
  void numbersUpToTheLimitAreStorable() {
    assertThat(StorableJson.problems(number("1e99"))).isEmpty(); // 100 digits
    assertThat(StorableJson.problems(number("1e100"))).hasSize(1);
    assertThat(StorableJson.problems(number("-1e98"))).isEmpty(); // sign + 99 digits
    assertThat(StorableJson.problems(number("-1e99"))).hasSize(1);
    assertThat(StorableJson.problems(number("1e-98"))).isEmpty(); // 0. + 98 digits
    assertThat(StorableJson.problems(number("1e-99"))).hasSize(1);
    assertThat(StorableJson.problems(number("0E+400"))).isEmpty();
    assertThat(StorableJson.problems(number("0.000"))).isEmpty();
  }

  @Test
  void plainLengthIsTheLengthOfToPlainString() {
    for (var text :
        List.of(
            "0",
            "-0",
            "0.0",
            "0E+5",
            "0E-5",
            "1",
            "-1",
            "12.5",
            "-12.50",
            "1e3",
            "1.5e3",
            "1e-3",
            "-1.25e-7",
            "123456789.123456789",
            "9.99e2",
            "-0.001",
            "5E+1")) {
      var number = new BigDecimal(text);
      var expected =
          number.signum() == 0 && number.scale() < 0 ? 1 : number.toPlainString().length();
      assertThat(StorableJson.plainLength(number)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void nulAndUnpairedSurrogatesInStringsAndNamesAreNamed() {
    var members = new LinkedHashMap<String, JsonValue>();
    members.put("a", new JsonString("x\u0000y"));
    members.put("b\uD800", JsonNull.INSTANCE);
    members.put("c", new JsonArray(List.of(new JsonString("ok 😀"), new JsonString("\uDC00"))));

    var problems = StorableJson.problems(new JsonObject(members));

    assertThat(problems).extracting(Problem::path).containsExactly("a", "b\uD800", "c[1]");
    assertThat(problems).extracting(Problem::code).containsOnly("UNSTORABLE_TEXT");
  }

  /** Names are checked once per string instance (ADR 0143), but an unstorable one every time. */
  @Test
  void anUnstorableNameRepeatedAsTheSameStringIsNamedEachTime() {
    var bad = "b\uD800";
    var good = "a";
    var elements = new java.util.ArrayList<JsonValue>();
    for (int i = 0; i < 3; i++) {
      var members = new LinkedHashMap<String, JsonValue>();
      members.put(good, JsonNull.INSTANCE);
      members.put(bad, JsonNull.INSTANCE);
      elements.add(new JsonObject(members));
    }

    var problems = StorableJson.problems(new JsonArray(elements));

    assertThat(problems)
        .extracting(Problem::path)
        .containsExactly("[0].b\uD800", "[1].b\uD800", "[2].b\uD800");
  }

  private static JsonNumber number(String text) {
    return new JsonNumber(new BigDecimal(text));
  }

  private static JsonObject object(Map<String, JsonValue> members) {
    return new JsonObject(members);
  }
}
