package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonObject;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A box on the canvas that tables can sit in (their {@code parentNode}). No SQL meaning.
 *
 * @param extra unknown members, kept in order
 */
public record Group(
    String id,
    String name,
    Option<String> color,
    Option<Position> position,
    Option<Size> style,
    JsonObject extra) {

  public Group {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(color, "color");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(extra, "extra");
  }

  public static Group of(String id, String name) {
    return new Group(id, name, Option.none(), Option.none(), Option.none(), JsonObject.empty());
  }
}
