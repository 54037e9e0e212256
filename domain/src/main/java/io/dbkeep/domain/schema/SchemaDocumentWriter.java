package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a {@link SchemaDocument} (or a {@link ProjectExport}) as the domain's JSON tree, in the
 * wire format {@link SchemaDocumentReader} reads: known members in a fixed order, then each
 * element's unknown members in their original order. Optional members are written only when
 * present, the four original arrays always, {@code enums} and {@code indexes} when not empty, and
 * {@code formatVersion} always. Reading what this writes gives an equal document.
 */
public final class SchemaDocumentWriter {

  private SchemaDocumentWriter() {}

  /** The document as JSON. */
  public static JsonObject write(SchemaDocument document) {
    var members = new LinkedHashMap<String, JsonValue>();
    writeDocumentMembers(document, members);
    return new JsonObject(members);
  }

  /** The export envelope as JSON: {@code {version, exportedAt, project:{name, engine, …}}}. */
  public static JsonObject write(ProjectExport export) {
    var project = new LinkedHashMap<String, JsonValue>();
    project.put("name", new JsonString(export.name()));
    project.put("engine", new JsonString(export.engine().displayName()));
    writeDocumentMembers(export.document(), project);
    var members = new LinkedHashMap<String, JsonValue>();
    members.put("version", new JsonString(export.version()));
    export.exportedAt().forEach(at -> members.put("exportedAt", new JsonString(at)));
    members.put("project", new JsonObject(project));
    putExtra(members, export.extra());
    return new JsonObject(members);
  }

  private static void writeDocumentMembers(SchemaDocument document, Map<String, JsonValue> into) {
    into.put("formatVersion", JsonNumber.of(document.formatVersion()));
    into.put("tables", array(document.tables(), SchemaDocumentWriter::table));
    into.put("relations", array(document.relations(), SchemaDocumentWriter::relation));
    into.put("groups", array(document.groups(), SchemaDocumentWriter::group));
    into.put("notes", array(document.notes(), SchemaDocumentWriter::note));
    if (!document.enums().isEmpty()) {
      into.put("enums", array(document.enums(), SchemaDocumentWriter::enumType));
    }
    putExtra(into, document.extra());
  }

  private static JsonObject table(Table table) {
    var members = new LinkedHashMap<String, JsonValue>();
    members.put("id", new JsonString(table.id()));
    members.put("name", new JsonString(table.name()));
    putString(members, "color", table.color());
    table.position().forEach(p -> members.put("position", position(p)));
    putString(members, "parentNode", table.parentNode());
    members.put("columns", array(table.columns(), SchemaDocumentWriter::column));
    if (!table.indexes().isEmpty()) {
      members.put("indexes", array(table.indexes(), SchemaDocumentWriter::index));
    }
    putString(members, "comment", table.comment());
    putExtra(members, table.extra());
    return new JsonObject(members);
  }

  private static JsonObject column(Column column) {
    var members = new LinkedHashMap<String, JsonValue>();
    members.put("id", new JsonString(column.id()));
    members.put("name", new JsonString(column.name()));
    members.put("type", new JsonString(column.type().wireName()));
    members.put("primaryKey", JsonBoolean.of(column.primaryKey()));
    members.put("nullable", JsonBoolean.of(column.nullable()));
    members.put("unique", JsonBoolean.of(column.unique()));
    putString(members, "default", column.defaultValue());
    putInt(members, "length", column.length());
    putInt(members, "precision", column.precision());
    putInt(members, "scale", column.scale());
    putInt(members, "dimension", column.dimension());
    putString(members, "enumId", column.enumId());
    putString(members, "comment", column.comment());
    putExtra(members, column.extra());
    return new JsonObject(members);
  }

  private static JsonObject index(Index index) {
    var members = new LinkedHashMap<String, JsonValue>();
    members.put("id", new JsonString(index.id()));
    putString(members, "name", index.name());
    members.put("columnIds", array(index.columnIds(), JsonString::new));
    members.put("unique", JsonBoolean.of(index.unique()));
    putExtra(members, index.extra());
    return new JsonObject(members);
  }

  private static JsonObject relation(Relation relation) {
    var members = new LinkedHashMap<String, JsonValue>();
    members.put("id", new JsonString(relation.id()));
    putString(members, "name", relation.name());
    members.put("sourceTableId", new JsonString(relation.sourceTableId()));
    members.put("sourceColumnId", new JsonString(relation.sourceColumnId()));
    members.put("targetTableId", new JsonString(relation.targetTableId()));
    members.put("targetColumnId", new JsonString(relation.targetColumnId()));
    members.put("type", new JsonString(relation.type().wireName()));
    putString(members, "onDelete", relation.onDelete().map(ReferentialAction::sql));
    putString(members, "onUpdate", relation.onUpdate().map(ReferentialAction::sql));
    putString(members, "sourceHandlePosition", relation.sourceHandlePosition());
    putString(members, "targetHandlePosition", relation.targetHandlePosition());
    putExtra(members, relation.extra());
    return new JsonObject(members);
  }

  private static JsonObject group(Group group) {
    var members = new LinkedHashMap<String, JsonValue>();
    members.put("id", new JsonString(group.id()));
    members.put("name", new JsonString(group.name()));
    putString(members, "color", group.color());
    group.position().forEach(p -> members.put("position", position(p)));
    group.style().forEach(s -> members.put("style", size(s)));
    putExtra(members, group.extra());
    return new JsonObject(members);
  }

  private static JsonObject note(Note note) {
    var members = new LinkedHashMap<String, JsonValue>();
    members.put("id", new JsonString(note.id()));
    members.put("name", new JsonString(note.name()));
    members.put("content", new JsonString(note.content()));
    putString(members, "color", note.color());
    putString(members, "textColor", note.textColor());
    note.position().forEach(p -> members.put("position", position(p)));
    note.style().forEach(s -> members.put("style", size(s)));
    putString(members, "parentNode", note.parentNode());
    putExtra(members, note.extra());
    return new JsonObject(members);
  }

  private static JsonObject enumType(EnumType type) {
    var members = new LinkedHashMap<String, JsonValue>();
    members.put("id", new JsonString(type.id()));
    members.put("name", new JsonString(type.name()));
    members.put("values", array(type.values(), JsonString::new));
    putExtra(members, type.extra());
    return new JsonObject(members);
  }

  private static JsonObject position(Position position) {
    var members = new LinkedHashMap<String, JsonValue>();
    members.put("x", number(position.x()));
    members.put("y", number(position.y()));
    putExtra(members, position.extra());
    return new JsonObject(members);
  }

  private static JsonObject size(Size size) {
    var members = new LinkedHashMap<String, JsonValue>();
    putString(members, "width", size.width());
    putString(members, "height", size.height());
    putExtra(members, size.extra());
    return new JsonObject(members);
  }

  private static JsonNumber number(double value) {
    return new JsonNumber(BigDecimal.valueOf(value).stripTrailingZeros());
  }

  private static <T> JsonArray array(List<T> items, Function<T, ? extends JsonValue> write) {
    var elements = new ArrayList<JsonValue>(items.size());
    for (var item : items) {
      elements.add(write.apply(item));
    }
    return new JsonArray(elements);
  }

  private static void putString(Map<String, JsonValue> members, String name, Option<String> value) {
    value.forEach(text -> members.put(name, new JsonString(text)));
  }

  private static void putInt(Map<String, JsonValue> members, String name, Option<Integer> value) {
    value.forEach(number -> members.put(name, JsonNumber.of(number)));
  }

  private static void putExtra(Map<String, JsonValue> members, JsonObject extra) {
    extra.members().forEach(members::putIfAbsent);
  }
}
