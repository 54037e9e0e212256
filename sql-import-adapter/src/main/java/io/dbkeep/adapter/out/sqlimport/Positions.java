package io.dbkeep.adapter.out.sqlimport;

import java.util.Arrays;

/** 1-based lines and columns of offsets in a text (lines end at \n, \r\n or \r). */
final class Positions {

  private final int[] lineStarts;

  Positions(String text) {
    var starts = new int[16];
    var count = 1;
    for (int i = 0; i < text.length(); i++) {
      var c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  int line(int offset) {
    var found = Arrays.binarySearch(lineStarts, offset);
    return (found >= 0 ? found : -found - 2) + 1;
  }

  int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }
}
