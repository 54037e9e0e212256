package io.dbkeep.domain.schema;

import io.dbkeep.domain.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * The open objects and arrays of a {@link SchemaDocumentSink} read (ADR 0141), each reused for the
 * next one at its depth: an object's members so far, an array's elements and their problems, and
 * what each is read as. Moved out of the sink unchanged.
 */
final class SinkFrames {

  private SinkFrames() {}

  /** What an object or array of the document is read as. */
  enum Kind {
    BODY,
    DOCUMENT,
    TABLE,
    COLUMN,
    INDEX,
    CHECK,
    RELATION,
    COLUMN_PAIR,
    GROUP,
    NOTE,
    ENUM,
    POSITION,
    SIZE,
    STRING
  }

  /** An open object or array; reused for the next one at its depth once closed. */
  abstract static class Frame implements JsonFields.PathSource {
    Kind kind;
    Frame parent;
    String name;
    int index;
    private String path;

    void start(Kind kind, Frame parent, String name, int index) {
      this.kind = kind;
      this.parent = parent;
      this.name = name;
      this.index = index;
      this.path = null;
    }

    @Override
    public String path() {
      if (path == null) {
        if (kind == Kind.DOCUMENT || parent == null) {
          path = "";
        } else if (parent instanceof ArrayFrame) {
          path = JsonFields.element(parent.path(), index);
        } else {
          path = JsonFields.child(parent.path(), name);
        }
      }
      return path;
    }
  }

  /** An object being read: its members so far, in order. */
  static final class ObjectFrame extends Frame {
    String[] names = new String[16];
    Object[] values = new Object[16];

    /**
     * The names' hash codes (cached in each name, which the reader shares), and one bit per code
     * modulo 64: a rule asks for about twice as many names as a column has, and most absent ones
     * are then answered without comparing a string (ADR 0143).
     */
    int[] hashes = new int[16];

    long hashBits;
    int size;
    String pending;

    @Override
    void start(Kind kind, Frame parent, String name, int index) {
      super.start(kind, parent, name, index);
      Arrays.fill(values, 0, size, null);
      size = 0;
      hashBits = 0;
      pending = null;
    }

    void add(Object value) {
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
        hashes = Arrays.copyOf(hashes, size * 2);
      }
      var hash = pending.hashCode();
      names[size] = pending;
      values[size] = value;
      hashes[size] = hash;
      hashBits |= 1L << hash; // the shift takes the code's low six bits
      size++;
      pending = null;
    }

    JsonFields fields(List<Problem> problems) {
      return new JsonFields(names, values, hashes, hashBits, size, this, problems);
    }

    /** The first member that repeats an earlier one's name ends the read, as in the tree. */
    void refuseDuplicates() {
      if (size <= 8) {
        for (int i = 1; i < size; i++) {
          for (int j = 0; j < i; j++) {
            if (hashes[i] == hashes[j] && names[i].equals(names[j])) {
              throw duplicate(names[i]);
            }
          }
        }
        return;
      }
      var seen = new HashSet<String>(size * 2);
      for (int i = 0; i < size; i++) {
        if (!seen.add(names[i])) {
          throw duplicate(names[i]);
        }
      }
    }

    private static IllegalArgumentException duplicate(String name) {
      return new IllegalArgumentException("duplicate member name \"" + name + "\"");
    }
  }

  /** An array being read: what its elements became and their problems, in order. */
  static final class ArrayFrame extends Frame {
    Kind element;
    int count;
    int keep;
    List<Object> values;
    List<Problem> problems;

    void open(Kind element, Frame parent, String name, int keep) {
      start(null, parent, name, -1);
      this.element = element;
      this.count = 0;
      this.keep = keep;
      this.values = new ArrayList<>(16); // a table's columns: about a dozen
      this.problems = new ArrayList<>(0);
    }

    /** Whether the next element is past the limit (so it is only counted). */
    boolean dropping() {
      return count >= keep;
    }

    void addElement(Object read) {
      if (!count()) {
        values.add(read);
      }
    }

    /** A value that is not an element read by a rule: a string of a list of strings, or wrong. */
    void addValue(Object value) {
      var index = count;
      if (count()) {
        return;
      }
      if (element == Kind.STRING && value instanceof String text) {
        values.add(text);
        return;
      }
      problems.add(
          Problem.error(
              JsonFields.element(path(), index),
              "WRONG_TYPE",
              (element == Kind.STRING ? "must be a string, not " : "must be a JSON object, not ")
                  + JsonFields.typeName(value)));
    }

    /** Counts an element; true when it is past the limit (and what was read is let go). */
    private boolean count() {
      count++;
      if (count > keep) {
        values = null;
        problems = null;
        return true;
      }
      return false;
    }

    ReadArray read() {
      var read =
          values == null
              ? new ReadArray(count, null, List.of())
              : new ReadArray(count, values, problems);
      values = null;
      problems = null;
      return read;
    }
  }
}
