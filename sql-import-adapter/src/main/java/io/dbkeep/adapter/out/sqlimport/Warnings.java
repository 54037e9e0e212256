package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.domain.format.ImportWarning;
import java.util.ArrayList;
import java.util.List;

/** The warnings of one read, at most {@link #LIMIT}; the rest are counted in a last warning. */
final class Warnings {

  static final int LIMIT = 1000;

  private final List<ImportWarning> list = new ArrayList<>();
  private int dropped;
  private int lastLine = 1;

  void add(int line, String code, String message) {
    lastLine = Math.max(1, line);
    if (list.size() < LIMIT) {
      list.add(new ImportWarning(Math.max(1, line), code, message));
    } else {
      dropped++;
    }
  }

  List<ImportWarning> all() {
    var result = new ArrayList<>(list);
    result.sort(java.util.Comparator.comparingInt(ImportWarning::line));
    if (dropped == 0) {
      return List.copyOf(result);
    }
    result.add(
        new ImportWarning(
            lastLine,
            "MORE_WARNINGS",
            dropped + " more warnings are not listed (at most " + LIMIT + " are)"));
    return result;
  }
}
