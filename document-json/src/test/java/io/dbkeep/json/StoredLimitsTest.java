package io.dbkeep.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.json.StorableJson;
import org.junit.jupiter.api.Test;

class StoredLimitsTest {

  @Test
  void whatASaveAcceptsInANumberIsWhatTheRequestReaderAccepts() {
    assertThat(StorableJson.MAX_NUMBER_CHARS).isEqualTo(JsonLimits.DEFAULT.maxNumberLength());
  }

  @Test
  void storedDocumentsAreReadWithLimitsAtLeastAsWideAsRequests() {
    assertThat(JsonLimits.STORED.maxNumberLength())
        .isGreaterThan(131_072 + 16_383); // PostgreSQL numeric's widest value
    assertThat(JsonLimits.STORED.maxNestingDepth())
        .isGreaterThan(JsonLimits.DEFAULT.maxNestingDepth());
    assertThat(JsonLimits.STORED.maxStringLength())
        .isGreaterThanOrEqualTo(JsonLimits.DEFAULT.maxStringLength());
  }

  @Test
  void aStoredNumberOfFullNumericWidthReadsBack() {
    var digits = "1" + "0".repeat(131_071);

    var value = new JsonCodec(JsonLimits.STORED).read("{\"x\":" + digits + "}");

    assertThat(value.toString()).contains("x");
  }
}
