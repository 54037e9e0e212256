package io.dbkeep.json;

/**
 * The short strings and member names a read shares, so that a repeated one is kept (and charged,
 * ADR 0130) once: a table of {@code slots} entries, each text in the one slot its hash picks, first
 * come first kept. A text whose slot another holds is not shared, and so is charged each time it
 * comes: never undercounted. A hash map did this before and was some 12 % of a save's request
 * thread (a node per entry, resizing, and most of a document's short strings, its ids and names,
 * never repeat); this is one array read and one {@code equals} per text. Not thread-safe; one per
 * read.
 *
 * @param <V> what a text is shared as (the text itself, or the tree's node for it)
 */
final class SharedTexts<V> {

  private final String[] keys;
  private final Object[] values;
  private final int mask;

  /** {@code slots} must be a power of two. */
  SharedTexts(int slots) {
    if (Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two: " + slots);
    }
    keys = new String[slots];
    values = new Object[slots];
    mask = slots - 1;
  }

  /** What {@code text} is shared as, or null when it is not (yet) shared. */
  @SuppressWarnings("unchecked")
  V get(String text) {
    int slot = slot(text);
    var key = keys[slot];
    return key != null && key.equals(text) ? (V) values[slot] : null;
  }

  /** Shares {@code text} as {@code value} if its slot is free. */
  void putIfFree(String text, V value) {
    int slot = slot(text);
    if (keys[slot] == null) {
      keys[slot] = text;
      values[slot] = value;
    }
  }

  /** Whether the slot {@code text} would take is free. */
  boolean isFree(String text) {
    return keys[slot(text)] == null;
  }

  /** The slot of {@code text}: its hash, the high bits folded into the low. */
  int slot(String text) {
    int hash = text.hashCode();
    return (hash ^ (hash >>> 16)) & mask;
  }
}
