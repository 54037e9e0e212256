package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonObject;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A sticky note on the canvas. No SQL meaning.
 *
 * @param textColor {@code "black"} or {@code "white"} in the original front end
 * @param extra unknown members, kept in order
 */
public record Note(
    String id,
    String name,
    String content,
    Option<String> color,
    Option<String> textColor,
    Option<Position> position,
    Option<Size> style,
    Option<String> parentNode,
    JsonObject extra) {

  public Note {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(color, "color");
    Objects.requireNonNull(textColor, "textColor");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(parentNode, "parentNode");
    Objects.requireNonNull(extra, "extra");
  }

  public static Note of(String id, String name, String content) {
    return new Note(
        id,
        name,
        content,
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        JsonObject.empty());
  }
}
