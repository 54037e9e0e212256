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
import java.util.List;
import java.util.function.Function;

/**
 * Writes a {@link SchemaDocument} (or a {@link ProjectExport}) as the domain's JSON tree, in the
 * wire format {@link SchemaDocumentReader} reads: known members in a fixed order, then each
 * element's unknown members in their original order. Optional members are written only when
 * present, the four original arrays always, {@code enums}, {@code indexes}, a table's {@code
 * checks} and a relation's {@code additionalColumns} when not empty, and {@code formatVersion}
 * always. Reading what this writes gives an equal document.
 */
public final class SchemaDocumentWriter {

  private SchemaDocumentWriter() {}

  /** The document as JSON. */
  public static JsonObject write(SchemaDocument document) {
    var members = JsonObject.builder();
    writeDocumentMembers(document, members);
    return members.build();
  }

  /** The export envelope as JSON: {@code {version, exportedAt, project:{name, engine, …}}}. */
  public static JsonObject write(ProjectExport export) {
    var project = JsonObject.builder();
    project.add("name", new JsonString(export.name()));
    project.add("engine", new JsonString(export.engine().displayName()));
    writeDocumentMembers(export.document(), project);
    var members = JsonObject.builder();
    members.add("version", new JsonString(export.version()));
    export.exportedAt().forEach(at -> members.add("exportedAt", new JsonString(at)));
    members.add("project", project.build());
    putExtra(members, export.extra());
    return members.build();
  }

  private static void writeDocumentMembers(SchemaDocument document, JsonObject.Builder into) {
    into.add("formatVersion", JsonNumber.of(document.formatVersion()));
    into.add("tables", array(document.tables(), SchemaDocumentWriter::table));
    into.add("relations", array(document.relations(), SchemaDocumentWriter::relation));
    into.add("groups", array(document.groups(), SchemaDocumentWriter::group));
    into.add("notes", array(document.notes(), SchemaDocumentWriter::note));
    if (!document.enums().isEmpty()) {
      into.add("enums", array(document.enums(), SchemaDocumentWriter::enumType));
    }
    putExtra(into, document.extra());
  }

  private static JsonObject table(Table table) {
    var members = JsonObject.builder();
    members.add("id", new JsonString(table.id()));
    members.add("name", new JsonString(table.name()));
    putString(members, "color", table.color());
    table.position().forEach(p -> members.add("position", position(p)));
    putString(members, "parentNode", table.parentNode());
    members.add("columns", array(table.columns(), SchemaDocumentWriter::column));
    if (!table.indexes().isEmpty()) {
      members.add("indexes", array(table.indexes(), SchemaDocumentWriter::index));
    }
    if (!table.checks().isEmpty()) {
      members.add("checks", array(table.checks(), SchemaDocumentWriter::check));
    }
    putString(members, "comment", table.comment());
    putExtra(members, table.extra());
    return members.build();
  }

  private static JsonObject column(Column column) {
    var members = JsonObject.builder();
    members.add("id", new JsonString(column.id()));
    members.add("name", new JsonString(column.name()));
    members.add("type", new JsonString(column.type().wireName()));
    members.add("primaryKey", JsonBoolean.of(column.primaryKey()));
    members.add("nullable", JsonBoolean.of(column.nullable()));
    members.add("unique", JsonBoolean.of(column.unique()));
    putString(members, "default", column.defaultValue());
    putInt(members, "length", column.length());
    putInt(members, "precision", column.precision());
    putInt(members, "scale", column.scale());
    putInt(members, "dimension", column.dimension());
    putString(members, "enumId", column.enumId());
    putString(members, "comment", column.comment());
    putExtra(members, column.extra());
    return members.build();
  }

  private static JsonObject index(Index index) {
    var members = JsonObject.builder();
    members.add("id", new JsonString(index.id()));
    putString(members, "name", index.name());
    members.add("columnIds", array(index.columnIds(), JsonString::new));
    members.add("unique", JsonBoolean.of(index.unique()));
    putExtra(members, index.extra());
    return members.build();
  }

  private static JsonObject check(Check check) {
    var members = JsonObject.builder();
    members.add("id", new JsonString(check.id()));
    putString(members, "name", check.name());
    members.add("expression", new JsonString(check.expression()));
    putExtra(members, check.extra());
    return members.build();
  }

  private static JsonObject relation(Relation relation) {
    var members = JsonObject.builder();
    members.add("id", new JsonString(relation.id()));
    putString(members, "name", relation.name());
    members.add("sourceTableId", new JsonString(relation.sourceTableId()));
    members.add("sourceColumnId", new JsonString(relation.sourceColumnId()));
    members.add("targetTableId", new JsonString(relation.targetTableId()));
    members.add("targetColumnId", new JsonString(relation.targetColumnId()));
    if (relation.isComposite()) {
      members.add(
          "additionalColumns",
          array(relation.additionalColumns(), SchemaDocumentWriter::columnPair));
    }
    members.add("type", new JsonString(relation.type().wireName()));
    putString(members, "onDelete", relation.onDelete().map(ReferentialAction::sql));
    putString(members, "onUpdate", relation.onUpdate().map(ReferentialAction::sql));
    putString(members, "sourceHandlePosition", relation.sourceHandlePosition());
    putString(members, "targetHandlePosition", relation.targetHandlePosition());
    putExtra(members, relation.extra());
    return members.build();
  }

  private static JsonObject columnPair(ColumnPair pair) {
    var members = JsonObject.builder();
    members.add("sourceColumnId", new JsonString(pair.sourceColumnId()));
    members.add("targetColumnId", new JsonString(pair.targetColumnId()));
    putExtra(members, pair.extra());
    return members.build();
  }

  private static JsonObject group(Group group) {
    var members = JsonObject.builder();
    members.add("id", new JsonString(group.id()));
    members.add("name", new JsonString(group.name()));
    putString(members, "color", group.color());
    group.position().forEach(p -> members.add("position", position(p)));
    group.style().forEach(s -> members.add("style", size(s)));
    putExtra(members, group.extra());
    return members.build();
  }

  private static JsonObject note(Note note) {
    var members = JsonObject.builder();
    members.add("id", new JsonString(note.id()));
    members.add("name", new JsonString(note.name()));
    members.add("content", new JsonString(note.content()));
    putString(members, "color", note.color());
    putString(members, "textColor", note.textColor());
    note.position().forEach(p -> members.add("position", position(p)));
    note.style().forEach(s -> members.add("style", size(s)));
    putString(members, "parentNode", note.parentNode());
    putExtra(members, note.extra());
    return members.build();
  }

  private static JsonObject enumType(EnumType type) {
    var members = JsonObject.builder();
    members.add("id", new JsonString(type.id()));
    members.add("name", new JsonString(type.name()));
    members.add("values", array(type.values(), JsonString::new));
    putExtra(members, type.extra());
    return members.build();
  }

  private static JsonObject position(Position position) {
    var members = JsonObject.builder();
    members.add("x", number(position.x()));
    members.add("y", number(position.y()));
    putExtra(members, position.extra());
    return members.build();
  }

  private static JsonObject size(Size size) {
    var members = JsonObject.builder();
    putString(members, "width", size.width());
    putString(members, "height", size.height());
    putExtra(members, size.extra());
    return members.build();
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

  private static void putString(JsonObject.Builder members, String name, Option<String> value) {
    value.forEach(text -> members.add(name, new JsonString(text)));
  }

  private static void putInt(JsonObject.Builder members, String name, Option<Integer> value) {
    value.forEach(number -> members.add(name, JsonNumber.of(number)));
  }

  private static void putExtra(JsonObject.Builder members, JsonObject extra) {
    extra.members().forEach(members::addIfAbsent);
  }
}
