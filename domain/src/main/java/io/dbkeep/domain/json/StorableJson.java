package io.dbkeep.domain.json;

import io.dbkeep.domain.problem.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a stored document may hold so that it reads back exactly as it was accepted. A document is
 * stored as PostgreSQL {@code jsonb}, which keeps every number in full decimal form (no exponent:
 * {@code 1e308} comes back as 309 digits) and refuses the character U+0000 and unpaired UTF-16
 * surrogates; the reader of stored documents accepts numbers of at most {@link #MAX_NUMBER_CHARS}
 * characters. So a number is storable when its full decimal form is that short, and a string or
 * member name when it has neither U+0000 nor an unpaired surrogate.
 *
 * <p>Pure and thread-safe. Paths are relative to the value checked, in the form {@code
 * tables[2].columns[0].default}.
 */
public final class StorableJson {

  /**
   * The longest number, in characters of its full decimal form, that a document may hold: the
   * {@code maxNumberLength} of the JSON reader (the two are kept equal by a test).
   */
  public static final int MAX_NUMBER_CHARS = 100;

  private StorableJson() {}

  /** Every value in {@code value} that could not be stored and read back, with its path. */
  public static List<Problem> problems(JsonValue value) {
    var checker = checker();
    checker.value(value);
    return checker.problems();
  }

  /**
   * A sink that checks what it is sent (a document written straight from its records, ADR 0131), in
   * one pass without building a tree: a document is tens of thousands of values and, almost always,
   * storable, and every save checks it, so the path of a value is kept as a stack and written out
   * only for a problem.
   */
  public static Checker checker() {
    return new Checker();
  }

  /** See {@link #checker()}; {@link #problems()} lists what it found, in the order sent. */
  public static final class Checker implements JsonSink {
    private static final int MEMBER = -1;

    private final List<Problem> problems = new ArrayList<>();

    /** Per open container, innermost last: the current member's name, or null in an array. */
    private String[] names = new String[16];

    /** Per open container: the current element's index in an array, or {@link #MEMBER}. */
    private int[] indexes = new int[16];

    private int depth;

    private Checker() {}

    /** Every value sent that could not be stored and read back, with its path. */
    public List<Problem> problems() {
      return problems;
    }

    @Override
    public void startObject() {
      beginValue();
      push(MEMBER);
    }

    @Override
    public void endObject() {
      depth--;
    }

    @Override
    public void startArray() {
      beginValue();
      // the first element makes it 0
      push(-2);
    }

    @Override
    public void endArray() {
      depth--;
    }

    @Override
    public void name(String name) {
      names[depth - 1] = name;
      var slot = name.hashCode() & (storableNames.length - 1);
      if (storableNames[slot] == name) {
        return; // this very string was checked already
      }
      if (surelyStorable(name)) {
        storableNames[slot] = name;
        return;
      }
      text(name, "member name");
    }

    /**
     * Member names found storable, one per hash code modulo 64, compared by identity: a document
     * names the same few dozen members thousands of times, mostly with the same strings (the
     * writer's constants, the reader's shared names), and each was scanned again (ADR 0143).
     */
    private final String[] storableNames = new String[64];

    @Override
    public void string(String value) {
      beginValue();
      text(value, "string");
    }

    @Override
    public void number(long value) {
      beginValue();
      // a long is at most 20 characters in full: always storable
    }

    @Override
    public void number(BigDecimal value) {
      beginValue();
      var length = plainLength(value);
      if (length > MAX_NUMBER_CHARS) {
        problems.add(
            Problem.error(
                path(),
                "NUMBER_TOO_LONG",
                "this number has "
                    + length
                    + " characters written in full (no exponent), as it would be stored; at most "
                    + MAX_NUMBER_CHARS
                    + " are allowed"));
      }
    }

    @Override
    public void bool(boolean value) {
      beginValue();
    }

    @Override
    public void nullValue() {
      beginValue();
    }

    /** A value in an array is its next element. */
    private void beginValue() {
      if (depth > 0 && indexes[depth - 1] != MEMBER) {
        indexes[depth - 1] = indexes[depth - 1] == -2 ? 0 : indexes[depth - 1] + 1;
      }
    }

    private void push(int index) {
      if (depth == names.length) {
        names = java.util.Arrays.copyOf(names, depth * 2);
        indexes = java.util.Arrays.copyOf(indexes, depth * 2);
      }
      names[depth] = null;
      indexes[depth] = index;
      depth++;
    }

    /** The path of the current value, as {@code tables[2].columns[0].default}. */
    private String path() {
      var text = new StringBuilder();
      for (int i = 0; i < depth; i++) {
        if (indexes[i] != MEMBER) {
          text.append('[').append(indexes[i]).append(']');
        } else {
          if (text.length() > 0) {
            text.append('.');
          }
          text.append(names[i]);
        }
      }
      return text.toString();
    }

    private void text(String text, String what) {
      if (surelyStorable(text)) {
        return;
      }
      for (int i = 0; i < text.length(); i++) {
        var c = text.charAt(i);
        if (c == '\u0000') {
          problems.add(
              Problem.error(
                  path(),
                  "UNSTORABLE_TEXT",
                  "this " + what + " contains the character U+0000, which cannot be stored"));
          return;
        }
        if (Character.isHighSurrogate(c)
            && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
          problems.add(unpaired(path(), what));
          return;
        }
        if (Character.isLowSurrogate(c)
            && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
          problems.add(unpaired(path(), what));
          return;
        }
      }
    }
  }

  /** No U+0000 and no surrogate at all: certainly storable, decided without paths. */
  private static boolean surelyStorable(String text) {
    for (int i = 0, length = text.length(); i < length; i++) {
      var c = text.charAt(i);
      if (c == '\u0000' || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The length of {@code number} written in full decimal form (as PostgreSQL writes a {@code
   * numeric}), computed without writing it.
   */
  public static long plainLength(BigDecimal number) {
    long sign = number.signum() < 0 ? 1 : 0;
    long precision = number.precision();
    long scale = number.scale();
    if (number.signum() == 0) {
      return sign + (scale <= 0 ? 1 : 2 + scale);
    }
    if (scale <= 0) {
      return sign + precision - scale;
    }
    if (precision > scale) {
      return sign + precision + 1;
    }
    return sign + 2 + scale;
  }

  private static Problem unpaired(String path, String what) {
    return Problem.error(
        path,
        "UNSTORABLE_TEXT",
        "this " + what + " contains an unpaired UTF-16 surrogate (not a Unicode character)");
  }
}
