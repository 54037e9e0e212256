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
    var problems = new ArrayList<Problem>();
    if (!surelyStorable(value)) {
      check(value, new Path(), problems);
    }
    return problems;
  }

  /**
   * Whether {@code value} certainly has no problem, in one pass without paths or lambdas: a
   * document is tens of thousands of values and, almost always, storable, and every save checks it.
   * {@code false} for anything in doubt (any surrogate, paired or not), which {@link #check} then
   * decides and names.
   */
  private static boolean surelyStorable(JsonValue value) {
    if (value instanceof JsonObject object) {
      var members = (JsonMembers) object.members();
      for (int i = 0, size = members.size(); i < size; i++) {
        if (!surelyStorable(members.nameAt(i)) || !surelyStorable(members.valueAt(i))) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof JsonArray array) {
      var elements = array.elements();
      for (int i = 0, size = elements.size(); i < size; i++) {
        if (!surelyStorable(elements.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof JsonString string) {
      return surelyStorable(string.value());
    }
    if (value instanceof JsonNumber number) {
      return plainLength(number.value()) <= MAX_NUMBER_CHARS;
    }
    return true;
  }

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

  /**
   * The path to the value being checked, kept as a stack of member names and element indexes and
   * written out only for a problem: a document has tens of thousands of values and, almost always,
   * no problem.
   */
  private static final class Path {
    private Object[] segments = new Object[16];
    private int depth;

    void push(Object segment) {
      if (depth == segments.length) {
        segments = java.util.Arrays.copyOf(segments, depth * 2);
      }
      segments[depth++] = segment;
    }

    void pop() {
      segments[--depth] = null;
    }

    @Override
    public String toString() {
      var text = new StringBuilder();
      for (int i = 0; i < depth; i++) {
        if (segments[i] instanceof Integer index) {
          text.append('[').append(index).append(']');
        } else {
          if (text.length() > 0) {
            text.append('.');
          }
          text.append((String) segments[i]);
        }
      }
      return text.toString();
    }
  }

  private static void check(JsonValue value, Path path, List<Problem> problems) {
    if (value instanceof JsonObject object) {
      object
          .members()
          .forEach(
              (name, member) -> {
                path.push(name);
                text(name, path, "member name", problems);
                check(member, path, problems);
                path.pop();
              });
    } else if (value instanceof JsonArray array) {
      var elements = array.elements();
      for (int i = 0; i < elements.size(); i++) {
        path.push(i);
        check(elements.get(i), path, problems);
        path.pop();
      }
    } else if (value instanceof JsonString string) {
      text(string.value(), path, "string", problems);
    } else if (value instanceof JsonNumber number) {
      var length = plainLength(number.value());
      if (length > MAX_NUMBER_CHARS) {
        problems.add(
            Problem.error(
                path.toString(),
                "NUMBER_TOO_LONG",
                "this number has "
                    + length
                    + " characters written in full (no exponent), as it would be stored; at most "
                    + MAX_NUMBER_CHARS
                    + " are allowed"));
      }
    }
  }

  private static void text(String text, Path path, String what, List<Problem> problems) {
    for (int i = 0; i < text.length(); i++) {
      var c = text.charAt(i);
      if (c == '\u0000') {
        problems.add(
            Problem.error(
                path.toString(),
                "UNSTORABLE_TEXT",
                "this " + what + " contains the character U+0000, which cannot be stored"));
        return;
      }
      if (Character.isHighSurrogate(c)
          && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
        problems.add(unpaired(path.toString(), what));
        return;
      }
      if (Character.isLowSurrogate(c)
          && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        problems.add(unpaired(path.toString(), what));
        return;
      }
    }
  }

  private static Problem unpaired(String path, String what) {
    return Problem.error(
        path,
        "UNSTORABLE_TEXT",
        "this " + what + " contains an unpaired UTF-16 surrogate (not a Unicode character)");
  }
}
