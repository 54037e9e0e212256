package io.dbkeep.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class JsonCodecTest {

  private final JsonCodec codec = new JsonCodec();

  @Test
  void everyKindOfValueRoundTrips() {
    var text =
        "{\"s\":\"h\\u00e9 \\\"q\\\" 表\",\"i\":-42,\"big\":123456789012345678901234567890,"
            + "\"d\":0.1,\"e\":1.5E+300,\"t\":true,\"f\":false,\"n\":null,\"a\":[1,[],{}]}";

    var value = codec.read(text);

    assertThat(codec.read(codec.write(value))).isEqualTo(value);
    var object = (JsonObject) value;
    assertThat(object.get("s")).contains(new JsonString("hé \"q\" 表"));
    assertThat(object.get("big"))
        .contains(new JsonNumber(new BigDecimal("123456789012345678901234567890")));
    assertThat(object.get("d")).contains(new JsonNumber(new BigDecimal("0.1")));
    assertThat(object.get("t")).contains(JsonBoolean.TRUE);
    assertThat(object.get("n")).contains(JsonNull.INSTANCE);
    assertThat(object.members().keySet())
        .containsExactly("s", "i", "big", "d", "e", "t", "f", "n", "a");
  }

  @Test
  void integersAreWrittenWithoutADecimalPoint() {
    assertThat(codec.write(JsonArray.of(JsonNumber.of(7), new JsonNumber(new BigDecimal("2.50")))))
        .isEqualTo("[7,2.50]");
  }

  @Test
  void bytesAreReadAsUtf8() {
    var value = codec.read("\"€\"".getBytes(StandardCharsets.UTF_8));

    assertThat(value).isEqualTo(new JsonString("€"));
  }

  @Test
  void aSyntaxErrorNamesItsLineAndColumn() {
    assertThatThrownBy(() -> codec.read("{\n  \"a\": 1,\n  \"b\": }"))
        .isInstanceOfSatisfying(
            MalformedJsonException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isGreaterThan(1);
              assertThat(e.describe()).contains("line 3");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "{",
        "[1,]",
        "{\"a\":1,}",
        "{'a':1}",
        "{\"a\":1} {}",
        "{\"a\":1}x",
        "// comment\n{}",
        "NaN",
        "01",
        "{\"a\":1,\"a\":2}",
        "\"unterminated"
      })
  void malformedInputIsRefused(String text) {
    assertThatThrownBy(() -> codec.read(text)).isInstanceOf(MalformedJsonException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 8, 9, 40})
  void aDuplicateMemberNameAnywhereIsRefusedNamingItAndItsObject(int members) {
    var object = new StringBuilder("{");
    for (int i = 0; i < members - 1; i++) {
      object.append("\"m").append(i).append("\":").append(i).append(',');
    }
    object.append("\"m").append((members - 1) / 2).append("\":true}");
    var text = "{\"tables\": [\n  {\"id\": \"t1\"},\n  " + object + "\n]}";

    assertThatThrownBy(() -> codec.read(text))
        .isInstanceOfSatisfying(
            MalformedJsonException.class,
            e -> {
              assertThat(e.getMessage())
                  .contains("duplicate member name \"m" + (members - 1) / 2 + "\"");
              assertThat(e.line()).isEqualTo(3);
            });
  }

  @Test
  void nestingBeyondTheLimitIsRefusedWithoutExhaustingTheStack() {
    var deep = "[".repeat(100_000) + "]".repeat(100_000);

    assertThatThrownBy(() -> codec.read(deep)).isInstanceOf(MalformedJsonException.class);
  }

  @Test
  void overlongNumbersAreRefused() {
    assertThatThrownBy(() -> codec.read("1" + "0".repeat(5_000)))
        .isInstanceOf(MalformedJsonException.class);
  }

  @Test
  void limitsAreConfigurable() {
    var strict = new JsonCodec(new JsonLimits(2, 10, 10, 10));

    assertThat(strict.read("[[1]]")).isNotNull();
    assertThatThrownBy(() -> strict.read("[[[1]]]")).isInstanceOf(MalformedJsonException.class);
    assertThatThrownBy(() -> strict.read("\"" + "x".repeat(11) + "\""))
        .isInstanceOf(MalformedJsonException.class);
  }

  @Test
  void theJacksonModuleSerialisesValuesInsideRecords() {
    record Holder(String name, JsonValue data) {}
    var mapper = JsonMapper.builder().addModule(JsonCodec.jacksonModule()).build();

    var json =
        mapper.writeValueAsString(
            new Holder("x", new JsonObject(Map.of("k", JsonArray.of(JsonBoolean.FALSE)))));

    assertThat(json).isEqualTo("{\"name\":\"x\",\"data\":{\"k\":[false]}}");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"1E+2147483648", "-1E+2147483648", "1e-2147483649", "[0.5e99999999999]"})
  void aNumberWhoseExponentIsPastAnIntIsMalformedNotACrash(String text) {
    assertThatThrownBy(() -> codec.read(text)).isInstanceOf(MalformedJsonException.class);
  }
}
