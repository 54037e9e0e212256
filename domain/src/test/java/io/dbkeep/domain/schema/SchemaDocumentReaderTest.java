package io.dbkeep.domain.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

class SchemaDocumentReaderTest {

  private final SchemaDocumentReader reader = new SchemaDocumentReader(new SchemaLimits(3, 2));

  static JsonObject obj(Object... pairs) {
    var members = new LinkedHashMap<String, JsonValue>();
    for (int i = 0; i < pairs.length; i += 2) {
      members.put((String) pairs[i], value(pairs[i + 1]));
    }
    return new JsonObject(members);
  }

  static JsonArray arr(Object... values) {
    var elements = new java.util.ArrayList<JsonValue>();
    for (var value : values) {
      elements.add(value(value));
    }
    return new JsonArray(elements);
  }

  private static JsonValue value(Object value) {
    if (value instanceof JsonValue json) {
      return json;
    }
    if (value instanceof String text) {
      return new JsonString(text);
    }
    if (value instanceof Boolean bool) {
      return JsonBoolean.of(bool);
    }
    if (value == null) {
      return JsonNull.INSTANCE;
    }
    return new JsonNumber(new BigDecimal(value.toString()));
  }

  private static JsonObject column(Object... extra) {
    var base = new Object[] {"id", "c1", "name", "id", "type", "INTEGER", "primaryKey", true};
    var all = new Object[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return obj(all);
  }

  @Test
  void theOriginalsWireFormatIsReadWithUnknownMembersKeptAndWrittenBackEqual() {
    var json =
        obj(
            "tables",
            arr(
                obj(
                    "id",
                    "t1",
                    "name",
                    "users",
                    "color",
                    "#3b82f6",
                    "position",
                    obj("x", 40, "y", 40.5),
                    "columns",
                    arr(column("default", null, "x-ui", obj("wide", true))),
                    "x-table",
                    "kept")),
            "relations",
            arr(),
            "viewport",
            obj("zoom", 1.5));

    var read = reader.read(json);

    assertThat(read.problems()).isEmpty();
    var document = read.value();
    assertThat(document.formatVersion()).isEqualTo(1);
    assertThat(document.groups()).isEmpty();
    var table = document.tables().get(0);
    assertThat(table.position().get().y()).isEqualTo(40.5);
    assertThat(table.extra().get("x-table")).contains(new JsonString("kept"));
    assertThat(table.columns().get(0).defaultValue()).isEmpty();
    assertThat(table.columns().get(0).extra().get("x-ui").isDefined()).isTrue();
    assertThat(document.extra().get("viewport").isDefined()).isTrue();
    assertThat(reader.read(SchemaDocumentWriter.write(document)).value()).isEqualTo(document);
  }

  @Test
  void everyTypeProblemIsReportedWithItsPath() {
    var json =
        obj(
            "tables",
            arr(
                obj("id", "t1", "name", 7, "columns", arr(column("length", "1.5"), 5)),
                obj(
                    "id",
                    "t2",
                    "name",
                    "b",
                    "columns",
                    arr(
                        obj("id", "c", "name", "c", "type", "GEOGRAPHY", "length", 1.5),
                        obj(
                            "id",
                            "d",
                            "name",
                            "d",
                            "type",
                            "VARCHAR",
                            "length",
                            new JsonNumber(new BigDecimal("1e400")))))),
            "relations",
            arr(obj("id", "r", "type", "2:3", "onDelete", "EXPLODE")),
            "groups",
            "none");

    var problems = reader.read(json).problems();

    assertThat(problems)
        .extracting(Problem::path, Problem::code)
        .contains(
            org.assertj.core.groups.Tuple.tuple("tables[0].name", "WRONG_TYPE"),
            org.assertj.core.groups.Tuple.tuple("tables[0].columns[0].length", "WRONG_TYPE"),
            org.assertj.core.groups.Tuple.tuple("tables[0].columns[1]", "WRONG_TYPE"),
            org.assertj.core.groups.Tuple.tuple("tables[1].columns[0].type", "UNKNOWN_TYPE"),
            org.assertj.core.groups.Tuple.tuple("tables[1].columns[0].length", "NOT_AN_INTEGER"),
            org.assertj.core.groups.Tuple.tuple(
                "tables[1].columns[1].length", "NUMBER_OUT_OF_RANGE"),
            org.assertj.core.groups.Tuple.tuple("relations[0].type", "INVALID_VALUE"),
            org.assertj.core.groups.Tuple.tuple("relations[0].onDelete", "INVALID_VALUE"),
            org.assertj.core.groups.Tuple.tuple("relations[0].sourceTableId", "REQUIRED"),
            org.assertj.core.groups.Tuple.tuple("groups", "WRONG_TYPE"));
  }

  @Test
  void limitsAndFormatVersionsAreEnforced() {
    var table = obj("id", "t", "name", "t", "columns", arr(column(), column(), column()));
    var json = obj("formatVersion", 2, "tables", arr(table, table, table, table));

    assertThat(reader.read(json).problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("formatVersion", "UNSUPPORTED_FORMAT_VERSION"),
            org.assertj.core.groups.Tuple.tuple("tables", "TOO_MANY_TABLES"));
    assertThat(reader.read(obj("tables", arr(table))).problems())
        .extracting(Problem::code)
        .containsExactly("TOO_MANY_COLUMNS");
  }

  @Test
  void theExportEnvelopeIsReadAndWrittenAndRecognised() {
    var envelope =
        obj(
            "version", "1.0",
            "exportedAt", "2026-11-25T00:00:00.000Z",
            "project", obj("name", "Blog", "engine", "MySQL", "tables", arr(), "relations", arr()));

    var read = reader.readExport(envelope);

    assertThat(SchemaDocumentReader.isExportEnvelope(envelope)).isTrue();
    assertThat(SchemaDocumentReader.isExportEnvelope(obj("tables", arr()))).isFalse();
    assertThat(read.problems()).isEmpty();
    assertThat(read.value().name()).isEqualTo("Blog");
    assertThat(read.value().engine()).isEqualTo(Engine.MYSQL);
    assertThat(reader.readExport(SchemaDocumentWriter.write(read.value())).value())
        .isEqualTo(read.value());
  }

  @Test
  void aDocumentThatIsNotAnObjectIsOneProblem() {
    assertThat(reader.read(arr()).problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("", "WRONG_TYPE"));
  }
}
