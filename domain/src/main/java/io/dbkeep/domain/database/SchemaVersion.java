package io.dbkeep.domain.database;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A migration version such as {@code 1}, {@code 2} or {@code 2.1}: dot-separated non-negative
 * integers, ordered part by part ({@code 2.1 < 10}).
 */
public record SchemaVersion(String text) implements Comparable<SchemaVersion> {

  private static final Pattern FORMAT = Pattern.compile("\\d+(\\.\\d+)*");

  public SchemaVersion {
    Objects.requireNonNull(text, "text");
    if (!FORMAT.matcher(text).matches()) {
      throw new IllegalArgumentException("not a schema version: " + text);
    }
  }

  public static SchemaVersion of(String text) {
    return new SchemaVersion(text.strip().replace('_', '.'));
  }

  /** The leading number ({@code 2} for {@code 2.1}). */
  public BigInteger major() {
    return new BigInteger(text.split("\\.")[0]);
  }

  public boolean isNewerThan(SchemaVersion other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(SchemaVersion other) {
    var mine = parts();
    var theirs = other.parts();
    for (int i = 0; i < Math.max(mine.length, theirs.length); i++) {
      var a = i < mine.length ? mine[i] : BigInteger.ZERO;
      var b = i < theirs.length ? theirs[i] : BigInteger.ZERO;
      var order = a.compareTo(b);
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  private BigInteger[] parts() {
    return Arrays.stream(text.split("\\.")).map(BigInteger::new).toArray(BigInteger[]::new);
  }

  @Override
  public String toString() {
    return text;
  }
}
