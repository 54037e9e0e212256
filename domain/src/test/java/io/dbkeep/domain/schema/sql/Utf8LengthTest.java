package io.dbkeep.domain.schema.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Dialect#utf8Length} counts what {@code getBytes(UTF_8)} would produce, byte for byte. */
class Utf8LengthTest {

  private static int encoded(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void hostileTextsCountAsTheirEncoding() {
    for (var text :
        List.of(
            "",
            "\0",
            "a",
            "\u007f",
            "\u0080",
            "é",
            "\u07ff",
            "\u0800",
            "漢字",
            "\uffff",
            "😀",
            "a😀b",
            "\ud83d",
            "\ude00",
            "\ude00\ud83d",
            "x\ud83d",
            "\ud83d\ud83d\ude00",
            "ß" + "x".repeat(62),
            "🐘".repeat(16))) {
      assertThat(Dialect.utf8Length(text)).as(text).isEqualTo(encoded(text));
    }
  }

  @Test
  void randomCharsCountAsTheirEncoding() {
    var random = new Random(11);
    for (int n = 0; n < 20_000; n++) {
      var chars = new char[random.nextInt(12)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] =
            switch (random.nextInt(5)) {
              case 0 -> (char) random.nextInt(0x80);
              case 1 -> (char) (0xd800 + random.nextInt(0x800));
              case 2 -> (char) random.nextInt(0x800);
              default -> (char) random.nextInt(0x10000);
            };
      }
      var text = new String(chars);
      assertThat(Dialect.utf8Length(text)).as("%s", (Object) chars).isEqualTo(encoded(text));
    }
  }
}
