package io.dbkeep.domain.schema.sql;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The strings seen so far in one duplicate check (a table's column ids or names): a list scanned
 * while it is short, as it is for nearly every table, and a hash set beyond that. A save checks
 * every table, and a hash set's entries cost more than the scan of a few strings.
 */
final class SeenStrings extends AbstractSet<String> {

  private static final int SCANNED = 16;

  private final List<String> few;
  private Set<String> many;

  SeenStrings(int expected) {
    few = new ArrayList<>(Math.min(expected, SCANNED));
  }

  @Override
  public boolean add(String text) {
    if (many != null) {
      return many.add(text);
    }
    if (few.contains(text)) {
      return false;
    }
    if (few.size() < SCANNED) {
      return few.add(text);
    }
    many = new HashSet<>(few);
    few.clear();
    return many.add(text);
  }

  /** Forgets every string, to check the next table with the same instance. */
  @Override
  public void clear() {
    few.clear();
    many = null;
  }

  @Override
  public boolean contains(Object text) {
    return many != null ? many.contains(text) : few.contains(text);
  }

  @Override
  public Iterator<String> iterator() {
    return many != null ? many.iterator() : few.iterator();
  }

  @Override
  public int size() {
    return many != null ? many.size() : few.size();
  }
}
