package io.dbkeep.domain.studio;

import java.util.Objects;

/**
 * A cell whose value was cut for the grid: row {@code row} (0-based, in the page), column {@code
 * column}, whose whole value has {@code size} characters (text) or bytes (binary).
 */
public record TruncatedCell(int row, String column, long size) {

  public TruncatedCell {
    Objects.requireNonNull(column, "column");
  }
}
