package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonObject;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The canvas size of a group or note ({@code style}), as CSS lengths such as {@code "400px"}.
 *
 * @param extra members beyond {@code width} and {@code height}, kept in order
 */
public record Size(Option<String> width, Option<String> height, JsonObject extra) {

  public Size {
    Objects.requireNonNull(width, "width");
    Objects.requireNonNull(height, "height");
    Objects.requireNonNull(extra, "extra");
  }

  public static Size of(String width, String height) {
    return new Size(Option.of(width), Option.of(height), JsonObject.empty());
  }
}
