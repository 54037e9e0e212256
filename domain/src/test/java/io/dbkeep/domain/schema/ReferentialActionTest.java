package io.dbkeep.domain.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferentialActionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CASCADE|CASCADE",
        "SET NULL|SET_NULL",
        "NO ACTION|NO_ACTION",
        "RESTRICT|RESTRICT",
        "cascade|CASCADE",
        "'  set_null  '|SET_NULL",
        "'no \t  action'|NO_ACTION",
        "No__Action|NO_ACTION",
        "set _ null|SET_NULL"
      })
  void theWireSpellingAndLooserOnesAreRead(String text, ReferentialAction expected) {
    assertThat(ReferentialAction.parse(text)).isEqualTo(Option.of(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "SETNULL", "NOACTION", "CASCADES", "SET-NULL", "SET NULL;"})
  void anythingElseIsNoAction(String text) {
    assertThat(ReferentialAction.parse(text)).isEqualTo(Option.none());
  }
}
