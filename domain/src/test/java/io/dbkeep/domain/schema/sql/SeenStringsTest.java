package io.dbkeep.domain.schema.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SeenStrings} answers {@code add} and {@code contains} as a {@link HashSet} does. */
class SeenStringsTest {

  @Test
  void answersAsAHashSetBelowAndBeyondTheScannedLength() {
    var random = new Random(11);
    for (int round = 0; round < 500; round++) {
      var expected = new HashSet<String>();
      var seen = new SeenStrings();
      var count = random.nextInt(60);
      for (int i = 0; i < count; i++) {
        var text = "c" + random.nextInt(30);
        assertThat(seen.contains(text)).isEqualTo(expected.contains(text));
        assertThat(seen.add(text)).as("add %s", text).isEqualTo(expected.add(text));
        assertThat(seen).hasSize(expected.size());
      }
      assertThat(new HashSet<>(seen)).isEqualTo(expected);
      assertThat(seen.contains(null)).isFalse();
    }
  }

  @Test
  void clearedItForgetsEverythingAndAnswersAsANewSetAgain() {
    var random = new Random(12);
    var seen = new SeenStrings(); // one instance for every round, as a run keeps one per table
    for (int round = 0; round < 300; round++) {
      seen.clear();
      assertThat(seen).isEmpty();
      var expected = new HashSet<String>();
      var count = random.nextInt(60); // often past the scanned length, so `many` is dropped too
      for (int i = 0; i < count; i++) {
        var text = "c" + random.nextInt(30);
        assertThat(seen.contains(text)).isEqualTo(expected.contains(text));
        assertThat(seen.add(text))
            .as("round %d, add %s", round, text)
            .isEqualTo(expected.add(text));
      }
      assertThat(new HashSet<>(seen)).isEqualTo(expected);
    }
  }

  @Test
  void stringsWithTheSameHashCodeAreStillDifferent() {
    // "Aa" and "BB" (and every concatenation of them) share one hash code
    var seen = new SeenStrings();
    var expected = new HashSet<String>();
    var parts = new String[] {"Aa", "BB"};
    for (int i = 0; i < 32; i++) { // 32 distinct strings: past the scanned part, into the set
      var text =
          parts[i & 1]
              + parts[(i >> 1) & 1]
              + parts[(i >> 2) & 1]
              + parts[(i >> 3) & 1]
              + parts[(i >> 4) & 1];
      assertThat(text.hashCode()).isEqualTo("AaAaAaAaAa".hashCode());
      assertThat(seen.add(text)).as("add %s", text).isEqualTo(expected.add(text));
      assertThat(seen.add(text)).isFalse();
      assertThat(seen.contains(text)).isTrue();
    }
    assertThat(new HashSet<>(seen)).isEqualTo(expected).hasSize(32);
  }
}
