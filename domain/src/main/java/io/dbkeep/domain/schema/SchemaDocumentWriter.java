package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonSink;
import io.dbkeep.domain.json.JsonTreeSink;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes a {@link SchemaDocument} (or a {@link ProjectExport}) in the wire format {@link
 * SchemaDocumentReader} reads: known members in a fixed order, then each element's unknown members
 * in their original order (one whose name a known member already took is left out). Optional
 * members are written only when present, the four original arrays always, {@code enums}, {@code
 * indexes}, a table's {@code checks} and a relation's {@code additionalColumns} when not empty, and
 * {@code formatVersion} always. Reading what this writes gives an equal document.
 *
 * <p>One writer for every destination ({@link JsonSink}): the domain's tree ({@link
 * #write(SchemaDocument)}), text straight from the document, or the check that it can be stored
 * (ADR 0131). Thread-safe; each call writes to its own sink.
 */
public final class SchemaDocumentWriter {

  private final JsonSink sink;

  /**
   * The names written so far in each open object of the document's own records, innermost last: an
   * element's unknown members are written only under names not taken (its {@code extra} is almost
   * always empty, so this is only read then).
   */
  private String[][] written = new String[8][];

  private int[] writtenCount = new int[8];
  private int depth = -1;

  private SchemaDocumentWriter(JsonSink sink) {
    this.sink = sink;
  }

  /** The document as the domain's JSON tree. */
  public static JsonObject write(SchemaDocument document) {
    var tree = new JsonTreeSink();
    write(document, tree);
    return (JsonObject) tree.result();
  }

  /** Sends the document, as one JSON object, to {@code sink}. */
  public static void write(SchemaDocument document, JsonSink sink) {
    var writer = new SchemaDocumentWriter(sink);
    writer.open();
    writer.documentMembers(document);
    writer.close(document.extra());
  }

  /** The export envelope as JSON: {@code {version, exportedAt, project:{name, engine, …}}}. */
  public static JsonObject write(ProjectExport export) {
    var tree = new JsonTreeSink();
    write(export, tree);
    return (JsonObject) tree.result();
  }

  /** Sends the export envelope, as one JSON object, to {@code sink}. */
  public static void write(ProjectExport export, JsonSink sink) {
    var writer = new SchemaDocumentWriter(sink);
    writer.open();
    writer.string("version", export.version());
    writer.string("exportedAt", export.exportedAt());
    writer.name("project");
    writer.open();
    writer.string("name", export.name());
    writer.string("engine", export.engine().displayName());
    writer.documentMembers(export.document());
    writer.close(export.document().extra());
    writer.close(export.extra());
  }

  private void documentMembers(SchemaDocument document) {
    name("formatVersion");
    sink.number(document.formatVersion());
    array("tables", document.tables(), SchemaDocumentWriter::table);
    array("relations", document.relations(), SchemaDocumentWriter::relation);
    array("groups", document.groups(), SchemaDocumentWriter::group);
    array("notes", document.notes(), SchemaDocumentWriter::note);
    if (!document.enums().isEmpty()) {
      array("enums", document.enums(), SchemaDocumentWriter::enumType);
    }
  }

  private void table(Table table) {
    open();
    string("id", table.id());
    string("name", table.name());
    string("color", table.color());
    table.position().forEach(p -> position("position", p));
    string("parentNode", table.parentNode());
    array("columns", table.columns(), SchemaDocumentWriter::column);
    if (!table.indexes().isEmpty()) {
      array("indexes", table.indexes(), SchemaDocumentWriter::index);
    }
    if (!table.checks().isEmpty()) {
      array("checks", table.checks(), SchemaDocumentWriter::check);
    }
    string("comment", table.comment());
    close(table.extra());
  }

  private void column(Column column) {
    open();
    string("id", column.id());
    string("name", column.name());
    string("type", column.type().wireName());
    bool("primaryKey", column.primaryKey());
    bool("nullable", column.nullable());
    bool("unique", column.unique());
    string("default", column.defaultValue());
    integer("length", column.length());
    integer("precision", column.precision());
    integer("scale", column.scale());
    integer("dimension", column.dimension());
    string("enumId", column.enumId());
    string("comment", column.comment());
    close(column.extra());
  }

  private void index(Index index) {
    open();
    string("id", index.id());
    string("name", index.name());
    array("columnIds", index.columnIds(), SchemaDocumentWriter::stringElement);
    bool("unique", index.unique());
    close(index.extra());
  }

  private void check(Check check) {
    open();
    string("id", check.id());
    string("name", check.name());
    string("expression", check.expression());
    close(check.extra());
  }

  private void relation(Relation relation) {
    open();
    string("id", relation.id());
    string("name", relation.name());
    string("sourceTableId", relation.sourceTableId());
    string("sourceColumnId", relation.sourceColumnId());
    string("targetTableId", relation.targetTableId());
    string("targetColumnId", relation.targetColumnId());
    if (relation.isComposite()) {
      array("additionalColumns", relation.additionalColumns(), SchemaDocumentWriter::columnPair);
    }
    string("type", relation.type().wireName());
    string("onDelete", relation.onDelete().map(ReferentialAction::sql));
    string("onUpdate", relation.onUpdate().map(ReferentialAction::sql));
    string("sourceHandlePosition", relation.sourceHandlePosition());
    string("targetHandlePosition", relation.targetHandlePosition());
    close(relation.extra());
  }

  private void columnPair(ColumnPair pair) {
    open();
    string("sourceColumnId", pair.sourceColumnId());
    string("targetColumnId", pair.targetColumnId());
    close(pair.extra());
  }

  private void group(Group group) {
    open();
    string("id", group.id());
    string("name", group.name());
    string("color", group.color());
    group.position().forEach(p -> position("position", p));
    group.style().forEach(s -> size("style", s));
    close(group.extra());
  }

  private void note(Note note) {
    open();
    string("id", note.id());
    string("name", note.name());
    string("content", note.content());
    string("color", note.color());
    string("textColor", note.textColor());
    note.position().forEach(p -> position("position", p));
    note.style().forEach(s -> size("style", s));
    string("parentNode", note.parentNode());
    close(note.extra());
  }

  private void enumType(EnumType type) {
    open();
    string("id", type.id());
    string("name", type.name());
    array("values", type.values(), SchemaDocumentWriter::stringElement);
    close(type.extra());
  }

  private void position(String member, Position position) {
    name(member);
    open();
    name("x");
    sink.number(number(position.x()));
    name("y");
    sink.number(number(position.y()));
    close(position.extra());
  }

  private void size(String member, Size size) {
    name(member);
    open();
    string("width", size.width());
    string("height", size.height());
    close(size.extra());
  }

  private void stringElement(String value) {
    sink.string(value);
  }

  private static BigDecimal number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros();
  }

  private <T> void array(String member, List<T> items, BiConsumer<SchemaDocumentWriter, T> write) {
    name(member);
    sink.startArray();
    for (int i = 0, size = items.size(); i < size; i++) {
      write.accept(this, items.get(i));
    }
    sink.endArray();
  }

  private void string(String member, String value) {
    name(member);
    sink.string(value);
  }

  private void string(String member, Option<String> value) {
    if (value.isDefined()) {
      string(member, value.get());
    }
  }

  private void integer(String member, Option<Integer> value) {
    if (value.isDefined()) {
      name(member);
      sink.number(value.get().longValue());
    }
  }

  private void bool(String member, boolean value) {
    name(member);
    sink.bool(value);
  }

  /** Opens an object of the document's own records. */
  private void open() {
    sink.startObject();
    depth++;
    if (depth == written.length) {
      written = Arrays.copyOf(written, depth * 2);
      writtenCount = Arrays.copyOf(writtenCount, depth * 2);
    }
    if (written[depth] == null) {
      written[depth] = new String[16];
    }
    writtenCount[depth] = 0;
  }

  /** A known member's name, remembered so that an unknown member cannot repeat it. */
  private void name(String member) {
    var names = written[depth];
    var count = writtenCount[depth];
    if (count == names.length) {
      names = written[depth] = Arrays.copyOf(names, count * 2);
    }
    names[count] = member;
    writtenCount[depth] = count + 1;
    sink.name(member);
  }

  /** Writes the unknown members whose names are not taken, and closes the object. */
  private void close(JsonObject extra) {
    for (int i = 0, size = extra.size(); i < size; i++) {
      var member = extra.nameAt(i);
      if (!taken(member)) {
        name(member);
        sink.value(extra.valueAt(i));
      }
    }
    depth--;
    sink.endObject();
  }

  private boolean taken(String member) {
    var names = written[depth];
    for (int i = 0, count = writtenCount[depth]; i < count; i++) {
      if (names[i].equals(member)) {
        return true;
      }
    }
    return false;
  }
}
