package io.dbkeep.domain.schema.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one enum's values changed. Enum values carry no ids, so a rename is recognised by position: a
 * value that is gone and a value that is new at the same position of the list are one value
 * renamed. Other gone values are removed, other new ones added.
 *
 * @param renamed old value to new value, in the old list's order
 * @param removed old values that are gone
 * @param added new values, in the new list's order
 * @param reordered whether the values both lists keep (after renames) are in a different order
 */
public record EnumValueChanges(
    Map<String, String> renamed, List<String> removed, List<String> added, boolean reordered) {

  public EnumValueChanges {
    renamed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(renamed));
    removed = List.copyOf(removed);
    added = List.copyOf(added);
  }

  /** The changes from {@code before} to {@code after}. */
  public static EnumValueChanges between(List<String> before, List<String> after) {
    var kept = new HashSet<>(after);
    var old = new HashSet<>(before);
    var renamed = new LinkedHashMap<String, String>();
    var removed = new ArrayList<String>();
    for (int i = 0; i < before.size(); i++) {
      var value = before.get(i);
      if (kept.contains(value)) {
        continue;
      }
      if (i < after.size() && !old.contains(after.get(i))) {
        renamed.put(value, after.get(i));
      } else {
        removed.add(value);
      }
    }
    var added = new ArrayList<String>();
    var renamedTo = new HashSet<>(renamed.values());
    for (var value : after) {
      if (!old.contains(value) && !renamedTo.contains(value)) {
        added.add(value);
      }
    }
    var survivors = new ArrayList<String>();
    for (var value : before) {
      if (kept.contains(value)) {
        survivors.add(value);
      } else if (renamed.containsKey(value)) {
        survivors.add(renamed.get(value));
      }
    }
    var inAfter = new ArrayList<String>();
    var survivorSet = new HashSet<>(survivors);
    for (var value : after) {
      if (survivorSet.contains(value)) {
        inAfter.add(value);
      }
    }
    return new EnumValueChanges(renamed, removed, added, !survivors.equals(inAfter));
  }

  public boolean isEmpty() {
    return renamed.isEmpty() && removed.isEmpty() && added.isEmpty() && !reordered;
  }

  /** The new value of {@code oldValue}: its rename, itself when kept. */
  public String map(String oldValue) {
    return renamed.getOrDefault(oldValue, oldValue);
  }
}
