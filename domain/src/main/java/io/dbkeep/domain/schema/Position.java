package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonObject;
import java.util.Objects;

/**
 * Where a node sits on the canvas.
 *
 * @param extra members the document had beyond {@code x} and {@code y}, kept in order
 */
public record Position(double x, double y, JsonObject extra) {

  public Position {
    Objects.requireNonNull(extra, "extra");
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("a position must be finite");
    }
  }

  public static Position of(double x, double y) {
    return new Position(x, y, JsonObject.empty());
  }
}
