package io.dbkeep.json;

import java.math.BigDecimal;

/**
 * Estimated retained bytes of the nodes of a {@link io.dbkeep.domain.json.JsonValue} tree on a
 * 64-bit JVM with compressed references: 12-byte object headers, 16-byte array headers, 4-byte
 * references, every object padded to 8 bytes (ADR 0130). Estimates, checked against a heap
 * histogram of a real tree, not measurements of each node.
 */
final class TreeSizes {

  static final int REFERENCE = 4;

  /** A {@code JsonNumber} and its compact {@code BigDecimal} (a long value, no BigInteger). */
  static final long COMPACT_NUMBER = 16 + 40;

  private TreeSizes() {}

  static long align(long bytes) {
    return (bytes + 7) & ~7L;
  }

  static long referenceArray(int length) {
    return align(16 + (long) REFERENCE * length);
  }

  /**
   * A {@code JsonObject} of {@code size} members: the record, its {@code JsonMembers} map, the name
   * and value arrays, and the hash index of an object of more than eight members.
   */
  static long object(int size) {
    var bytes = 16 + 40 + 2 * referenceArray(size);
    if (size > 8) {
      var slots = Integer.highestOneBit(size * 2 - 1) << 1;
      bytes += align(16 + 4L * slots);
    }
    return bytes;
  }

  /** A {@code JsonArray} of {@code size} elements: the record and its unmodifiable list. */
  static long array(int size) {
    return 16 + (size <= 2 ? 24 : 24 + referenceArray(size));
  }

  /** A {@code String} and its byte array (one byte a character when Latin-1, else two). */
  static long characters(String text) {
    var latin1 = true;
    for (int i = 0; i < text.length() && latin1; i++) {
      latin1 = text.charAt(i) < 256;
    }
    return 24 + align(16 + (long) text.length() * (latin1 ? 1 : 2));
  }

  /** A {@code JsonString} and its text. */
  static long string(String text) {
    return 16 + characters(text);
  }

  /** A {@code JsonNumber} whose {@code BigDecimal} needs a {@code BigInteger} (or may). */
  static long wideNumber(BigDecimal value) {
    var words = value.unscaledValue().bitLength() / 32 + 1;
    return COMPACT_NUMBER + 40 + align(16 + 4L * words);
  }
}
