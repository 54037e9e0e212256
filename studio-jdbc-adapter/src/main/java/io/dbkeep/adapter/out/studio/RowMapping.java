package io.dbkeep.adapter.out.studio;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.studio.ColumnInfo;
import io.dbkeep.domain.studio.TableStructure;
import io.dbkeep.domain.studio.TruncatedCell;
import io.dbkeep.domain.studio.ValueKind;
import io.dbkeep.json.JsonCodec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads table rows into JSON objects (whole values), and cuts long ones for the grid. */
final class RowMapping {

  private static final JsonCodec CODEC = new JsonCodec();

  private RowMapping() {}

  /** The select list: every column of the table, quoted, in order. */
  static String selectList(Dialect dialect, TableStructure table) {
    var names = new StringBuilder();
    for (var column : table.columns()) {
      if (names.length() > 0) {
        names.append(", ");
      }
      names.append(dialect.quote(column.name()));
    }
    return names.toString();
  }

  /** The current row, whole. */
  static JsonObject read(Dialect dialect, TableStructure table, ResultSet row) throws SQLException {
    var members = new LinkedHashMap<String, JsonValue>();
    var columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      members.put(columns.get(i).name(), dialect.read(row, i + 1, columns.get(i).kind()));
    }
    return new JsonObject(members);
  }

  /** The row as the grid shows it: long text, JSON and bytes cut, each cut reported. */
  static JsonObject forGrid(
      TableStructure table, JsonObject row, int rowIndex, List<TruncatedCell> truncated) {
    Map<String, JsonValue> members = null;
    for (var column : table.columns()) {
      var value = row.get(column.name()).get();
      var cut = cut(column, value);
      if (cut != null) {
        if (members == null) {
          members = new LinkedHashMap<>(row.members());
        }
        members.put(column.name(), cut.value);
        truncated.add(new TruncatedCell(rowIndex, column.name(), cut.size));
      }
    }
    return members == null ? row : new JsonObject(members);
  }

  private record Cut(JsonValue value, long size) {}

  private static Cut cut(ColumnInfo column, JsonValue value) {
    if (column.kind() == ValueKind.BYTES && value instanceof JsonObject bytes) {
      var hex = bytes.get("hex").get();
      if (hex instanceof JsonString text && text.value().length() > Dialect.GRID_BYTES * 2) {
        var size = text.value().length() / 2;
        var shown = HexFormat.of().parseHex(text.value().substring(0, Dialect.GRID_BYTES * 2));
        return new Cut(withSize(shown, size), size);
      }
      return null;
    }
    if (column.kind() == ValueKind.JSON && !(value instanceof JsonString)) {
      var text = CODEC.write(value);
      if (text.length() > Dialect.GRID_JSON_CHARS) {
        return new Cut(new JsonString(text.substring(0, Dialect.GRID_JSON_CHARS)), text.length());
      }
      return null;
    }
    if (value instanceof JsonString text && text.value().length() > Dialect.GRID_TEXT_CHARS) {
      return new Cut(
          new JsonString(text.value().substring(0, Dialect.GRID_TEXT_CHARS)),
          text.value().length());
    }
    return null;
  }

  private static JsonValue withSize(byte[] shown, long size) {
    var members = new LinkedHashMap<String, JsonValue>();
    members.put("hex", new JsonString(HexFormat.of().formatHex(shown)));
    members.put("size", io.dbkeep.domain.json.JsonNumber.of(size));
    return new JsonObject(members);
  }
}
