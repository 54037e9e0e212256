package io.dbkeep.domain.schema.sql;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * The strings seen so far in one duplicate check (a table's column ids or names): an array scanned
 * by hash code while it is short, as it is for nearly every table, and a hash set beyond that. A
 * save checks every table; a hash set's entries cost more than the scan of a few strings, and
 * comparing the strings' cached hash codes first keeps the scan from comparing their characters.
 */
final class SeenStrings extends AbstractSet<String> {

  private static final int SCANNED = 16;

  private final String[] few = new String[SCANNED];
  private final int[] hashes = new int[SCANNED];
  private int size;
  private Set<String> many;

  @Override
  public boolean add(String text) {
    if (many != null) {
      return many.add(text);
    }
    var hash = text.hashCode();
    if (indexOf(text, hash) >= 0) {
      return false;
    }
    if (size < SCANNED) {
      few[size] = text;
      hashes[size] = hash;
      size++;
      return true;
    }
    many = new HashSet<>(Arrays.asList(few).subList(0, size));
    clearFew();
    return many.add(text);
  }

  private int indexOf(String text, int hash) {
    for (int i = 0; i < size; i++) {
      if (hashes[i] == hash && few[i].equals(text)) {
        return i;
      }
    }
    return -1;
  }

  /** Forgets every string, to check the next table with the same instance. */
  @Override
  public void clear() {
    clearFew();
    many = null;
  }

  private void clearFew() {
    Arrays.fill(few, 0, size, null);
    size = 0;
  }

  @Override
  public boolean contains(Object text) {
    if (many != null) {
      return many.contains(text);
    }
    return text instanceof String string && indexOf(string, string.hashCode()) >= 0;
  }

  @Override
  public Iterator<String> iterator() {
    return many != null ? many.iterator() : Arrays.asList(few).subList(0, size).iterator();
  }

  @Override
  public int size() {
    return many != null ? many.size() : size;
  }
}
