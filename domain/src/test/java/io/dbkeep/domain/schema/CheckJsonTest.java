package io.dbkeep.domain.schema;

import static io.dbkeep.domain.schema.SchemaDocumentReaderTest.arr;
import static io.dbkeep.domain.schema.SchemaDocumentReaderTest.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code checks} member of a table: read, written after indexes, absent when empty. */
class CheckJsonTest {

  private static JsonObject document(Object... tableExtra) {
    var members = new Object[6 + tableExtra.length];
    members[0] = "id";
    members[1] = "t";
    members[2] = "name";
    members[3] = "t";
    members[4] = "columns";
    members[5] = arr();
    System.arraycopy(tableExtra, 0, members, 6, tableExtra.length);
    return obj(
        "formatVersion",
        1,
        "tables",
        arr(obj(members)),
        "relations",
        arr(),
        "groups",
        arr(),
        "notes",
        arr());
  }

  @Test
  void checksAreReadAndWrittenBackInTheirPlaceWithUnknownMembersKept() {
    var json =
        document(
            "checks",
            arr(
                obj("id", "k", "name", "c", "expression", "a > 0", "x-ui", true),
                obj("id", "l", "expression", "b > 0")),
            "comment",
            "kept");
    var decoded = new SchemaDocumentReader().read(json);

    assertThat(decoded.problems()).isEmpty();
    assertThat(decoded.value().tables().get(0).checks())
        .extracting(Check::id, c -> c.name().getOrNull(), Check::expression)
        .containsExactly(tuple("k", "c", "a > 0"), tuple("l", null, "b > 0"));
    var written = SchemaDocumentWriter.write(decoded.value());
    assertThat(written).isEqualTo(json);
    assertThat(written.toString()).isEqualTo(json.toString());
  }

  @Test
  void aTableWithoutChecksIsWrittenWithoutTheMember() {
    var json = document("comment", "kept");
    var emptyArray = document("checks", arr(), "comment", "kept");

    assertThat(SchemaDocumentWriter.write(new SchemaDocumentReader().read(json).value()))
        .isEqualTo(json);
    assertThat(SchemaDocumentWriter.write(new SchemaDocumentReader().read(emptyArray).value()))
        .isEqualTo(json);
  }

  @Test
  void wrongTypesAndOverlongExpressionsAreReportedWithPaths() {
    var json =
        document(
            "checks",
            arr(
                1,
                obj("id", "k", "expression", 7),
                obj(
                    "id",
                    "l",
                    "expression",
                    "a".repeat(SchemaLimits.MAX_CHECK_EXPRESSION_LENGTH + 1)),
                obj("expression", "a > 0")));

    List<Problem> problems = new SchemaDocumentReader().read(json).problems();

    assertThat(problems)
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            tuple("tables[0].checks[0]", "WRONG_TYPE"),
            tuple("tables[0].checks[1].expression", "WRONG_TYPE"),
            tuple("tables[0].checks[2].expression", "EXPRESSION_TOO_LONG"),
            tuple("tables[0].checks[3].id", "REQUIRED"));
  }
}
