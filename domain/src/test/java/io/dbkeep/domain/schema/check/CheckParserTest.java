package io.dbkeep.domain.schema.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.schema.SchemaLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile input first: nothing outside the subset parses, and nothing ends in an exception. */
class CheckParserTest {

  private static CheckProblem refusal(String text) {
    var parsed = CheckParser.parse(text);
    assertThat(parsed.isLeft()).as("refused: %s", text).isTrue();
    return parsed.getLeft();
  }

  private static String neutral(String text) {
    var parsed = CheckParser.parse(text);
    assertThat(parsed.isRight()).as("parsed: %s -> %s", text, parsed).isTrue();
    return CheckRenderer.neutral(parsed.get());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "(price > 0",
        "price > 0)",
        "((price > 0)",
        "price > 0); DROP TABLE x; --",
        "price > 0; DROP TABLE x",
        "price > 0 -- comment",
        "price > 0 /* comment */",
        "price > 0 # comment",
        "name = 'unterminated",
        "\"unterminated > 0",
        "\"\" > 0",
        "price > 1e10",
        "price > 0x10",
        "price > .5",
        "price > 5.",
        "price > 1234567890123456789012345678901",
        "price >",
        "> 0",
        "price > 0 price",
        "price IN ()",
        "price IN (other)",
        "price IN (NULL)",
        "name LIKE other",
        "name LIKE 'a\\_b'",
        "price BETWEEN 1",
        "price IS 0",
        "price NOT 0",
        "sqrt(price) > 0",
        "lower(name, name) = 'a'",
        "lower() = 'a'",
        "name || 'x' = 'y'",
        "price > 0 AND",
        "AND price > 0",
        "price @> 0",
        "`price` > 0",
        "price::int > 0",
        "name = 'a\u0000'",
        "CASE WHEN price > 0 THEN 1 END = 1",
      })
  void refusesWhatIsOutsideTheSubsetWithAColumnAndWithoutThrowing(String text) {
    var problem = refusal(text);

    assertThat(problem.message()).isNotBlank();
    assertThat(problem.at()).isBetween(0, text.length() + 1);
  }

  @Test
  void semicolonIsReportedWhereItIs() {
    var problem = refusal("price > 0); DROP TABLE x; --");

    assertThat(problem.describe()).startsWith("at column 11:");
  }

  @Test
  void aHundredThousandParenthesesAreRefusedAsTooLongNotAStackOverflow() {
    var deep = "(".repeat(100_000) + "price > 0" + ")".repeat(100_000);

    assertThat(refusal(deep).message()).contains("at most 4000");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedWithinTheLengthLimit() {
    var depth = SchemaLimits.MAX_CHECK_EXPRESSION_DEPTH + 1;
    var deep = "(".repeat(depth) + "a > 0" + ")".repeat(depth);
    var nots = "NOT ".repeat(depth) + "a";
    var minus = "- ".repeat(depth) + "1 > a";

    assertThat(refusal(deep).message()).contains("nested more than");
    assertThat(refusal(nots).message()).contains("nested more than");
    assertThat(refusal(minus).message()).contains("nested more than");
  }

  @Test
  void aLongFlatChainWithinTheLengthLimitParsesAndRenders() {
    var chain = "a > 0" + " AND a > 0".repeat(390);

    assertThat(neutral(chain)).hasSize(chain.length());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "price>=0|price >= 0",
        "PRICE >= 0 and Qty<>1|PRICE >= 0 AND Qty <> 1",
        "a != 1|a <> 1",
        "\"Unit Price\" > 0|\"Unit Price\" > 0",
        "\"select\" > 0|select > 0",
        "\"and\" > 0|\"and\" > 0",
        "\"a\"\"b\" > 0|\"a\"\"b\" > 0",
        "prix_été > 0|\"prix_été\" > 0",
        "名前 = 'x'|\"名前\" = 'x'",
        "name = 'it''s'|name = 'it''s'",
        "status IN ('a', 'b')|status IN ('a', 'b')",
        "status NOT IN (1, -2, 3.5)|status NOT IN (1, -2, 3.5)",
        "a NOT BETWEEN 1 AND 10|a NOT BETWEEN 1 AND 10",
        "name NOT LIKE 'a%'|name NOT LIKE 'a%'",
        "a IS NOT NULL OR b IS NULL|a IS NOT NULL OR b IS NULL",
        "NOT (a > 1 AND b > 2)|NOT (a > 1 AND b > 2)",
        "not a = 1|NOT (a = 1)",
        "(a + b) * c > -d|(a + b) * c > -d",
        "a - -1 > 0|a - (-1) > 0",
        "a - (b - c) > 0|a - (b - c) > 0",
        "CHAR_LENGTH(name) > 0|length(name) > 0",
        "Lower(name) = upper(name)|lower(name) = upper(name)",
        "active = TRUE|active = TRUE",
        "a > 0 OR b > 0 AND c > 0|a > 0 OR b > 0 AND c > 0",
        "(a > 0 OR b > 0) AND c > 0|(a > 0 OR b > 0) AND c > 0",
      })
  void writesTheCanonicalNeutralFormWhichParsesBackTheSame(String text, String expected) {
    assertThat(neutral(text)).isEqualTo(expected);
    assertThat(neutral(expected)).isEqualTo(expected);
  }
}
