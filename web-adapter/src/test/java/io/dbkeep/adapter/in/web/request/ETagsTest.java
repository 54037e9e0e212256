package io.dbkeep.adapter.in.web.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.project.ExpectedVersion;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conditional headers as RFC 9110 writes them, hostile values first. */
class ETagsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"2\", \"3\"",
        "\"3\",\"2\"",
        "\"x\" , \"3\"",
        ", \"3\" ,,",
        "\t\"3\"\t",
        "W/\"3\"",
        "\"abc\", W/\"3\""
      })
  void anIfMatchListNamingTheCurrentVersionAmongOthersMatches(String value) {
    assertThat(ETags.expectedVersion(value).get().admits(3)).as(value).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3",
        "\"03\"",
        "\"+3\"",
        "\" 3\"",
        "\"3\" \"4\"",
        "\"3\"x",
        "\"3",
        "w/\"3\"",
        "W/ \"3\"",
        "*, \"3\"",
        "\"3\", *",
        "\"\u0663\"",
        "\"99999999999999999999\"",
        "\"-3\"",
        "\"3\"\"",
        "",
        " "
      })
  void anIfMatchThatIsNoListOfOurTagsMatchesNoVersion(String value) {
    var expected = ETags.expectedVersion(value);

    assertThat(expected).as(value).contains(ExpectedVersion.NONE);
  }

  @Test
  void anIfMatchStarMatchesAnyVersionAndNoHeaderAsksNothing() {
    assertThat(ETags.expectedVersion(" * ")).contains(ExpectedVersion.ANY);
    assertThat(ETags.expectedVersion((String) null)).isEqualTo(Option.none());
  }

  @Test
  void aListIsReadAsTheVersionsItNames() {
    assertThat(ETags.expectedVersion("\"1\", W/\"7\", \"zz\", \"9223372036854775807\""))
        .contains(ExpectedVersion.oneOf(List.of(1L, 7L, Long.MAX_VALUE)));
  }

  @Test
  void tagsMayHoldCommasAndOtherVisibleCharacters() {
    assertThat(ETags.tags("\"a,b\", W/\"c!#~\""))
        .contains(List.of(new ETags.Tag(false, "a,b"), new ETags.Tag(true, "c!#~")));
    assertThat(ETags.expectedVersion("\"3,\", \"4\"").get().admits(3)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"3\"", "W/\"3\"", "\"1\", \"3\"", "\"1\",W/\"3\"", "*", " * "})
  void anIfNoneMatchNamingTheVersionWeaklyMatches(String value) {
    assertThat(ETags.matches(value, 3)).as(value).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"03\"", "3", "\"3", "\"4\" \"3\"", "*, \"3\"", "\"3,4\"", ""})
  void anIfNoneMatchThatDoesNotNameTheVersionDoesNotMatch(String value) {
    assertThat(ETags.matches(value, 3)).as(value).isFalse();
  }
}
