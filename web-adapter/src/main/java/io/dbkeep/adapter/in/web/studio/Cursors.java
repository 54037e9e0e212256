package io.dbkeep.adapter.in.web.studio;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.studio.RowCursor;
import io.dbkeep.json.JsonCodec;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Keyset cursors on the wire: base64url of a JSON array of the edge row's order values. */
final class Cursors {

  private final JsonCodec codec;

  Cursors(JsonCodec codec) {
    this.codec = codec;
  }

  String encode(RowCursor cursor) {
    var json = codec.write(new JsonArray(cursor.values()));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor, or none when the text is not one of ours. */
  Option<RowCursor> decode(String text) {
    try {
      var json = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
      var value = codec.read(json);
      if (value instanceof JsonArray array && !array.elements().isEmpty()) {
        return Option.of(new RowCursor(array.elements()));
      }
    } catch (RuntimeException e) {
      // Not a cursor.
    }
    return Option.none();
  }
}
