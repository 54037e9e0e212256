package io.dbkeep.application.fake;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;

/** JSON text of a tree, for fakes that hand out "stored" documents as text. */
final class JsonText {

  private JsonText() {}

  static String write(JsonValue value) {
    var out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(JsonValue value, StringBuilder out) {
    if (value instanceof JsonObject object) {
      out.append('{');
      var first = true;
      for (var member : object.members().entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(member.getKey(), out);
        out.append(':');
        write(member.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof JsonArray array) {
      out.append('[');
      for (int i = 0; i < array.elements().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(array.elements().get(i), out);
      }
      out.append(']');
    } else if (value instanceof JsonString string) {
      string(string.value(), out);
    } else if (value instanceof JsonNumber number) {
      out.append(number.value().toString());
    } else if (value instanceof JsonBoolean bool) {
      out.append(bool == JsonBoolean.TRUE ? "true" : "false");
    } else if (value instanceof JsonNull) {
      out.append("null");
    }
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      var c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
