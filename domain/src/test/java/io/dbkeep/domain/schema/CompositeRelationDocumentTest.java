package io.dbkeep.domain.schema;

import static io.dbkeep.domain.schema.SchemaDocumentReaderTest.arr;
import static io.dbkeep.domain.schema.SchemaDocumentReaderTest.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code additionalColumns} of a relation: read, written, bounded, absent when empty. */
class CompositeRelationDocumentTest {

  private final SchemaDocumentReader reader = new SchemaDocumentReader(new SchemaLimits(10, 20));

  private static JsonObject relation(Object... more) {
    var base =
        new Object[] {
          "id",
          "r1",
          "sourceTableId",
          "a",
          "sourceColumnId",
          "a1",
          "targetTableId",
          "b",
          "targetColumnId",
          "b1"
        };
    var all = new Object[base.length + more.length + 2];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    all[all.length - 2] = "type";
    all[all.length - 1] = "1:N";
    return obj(all);
  }

  private static JsonObject document(JsonObject relation) {
    return obj("tables", arr(), "relations", arr(relation));
  }

  @Test
  void aTenThousandPairRelationIsRefusedBeforeItsPairsAreRead() {
    var pairs = new ArrayList<Object>();
    for (int i = 0; i < 10_000; i++) {
      pairs.add(obj("sourceColumnId", "s" + i, "targetColumnId", "t" + i));
    }
    var read = reader.read(document(relation("additionalColumns", arr(pairs.toArray()))));

    assertThat(read.problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("relations[0].additionalColumns", "TOO_MANY_RELATION_COLUMNS"));
    assertThat(read.problems().get(0).message()).contains("10001").contains("at most 20");
    assertThat(read.value().relations().get(0).additionalColumns()).isEmpty();
  }

  @Test
  void pairsOfTheWrongShapeAreNamedByTheirPath() {
    var read =
        reader.read(
            document(
                relation(
                    "additionalColumns",
                    arr(
                        "a2",
                        obj("sourceColumnId", 7, "targetColumnId", "b2"),
                        obj("targetColumnId", "b3"),
                        obj("sourceColumnId", "a4", "targetColumnId", null)))));

    assertThat(read.problems())
        .extracting(Problem::path, Problem::code)
        .containsExactlyInAnyOrder(
            tuple("relations[0].additionalColumns[0]", "WRONG_TYPE"),
            tuple("relations[0].additionalColumns[1].sourceColumnId", "WRONG_TYPE"),
            tuple("relations[0].additionalColumns[2].sourceColumnId", "REQUIRED"),
            tuple("relations[0].additionalColumns[3].targetColumnId", "REQUIRED"));
  }

  @Test
  void additionalColumnsThatAreNotAnArrayAreAWrongType() {
    var read = reader.read(document(relation("additionalColumns", "a2")));

    assertThat(read.problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("relations[0].additionalColumns", "WRONG_TYPE"));
  }

  @Test
  void pairsAreReadInOrderWithTheirUnknownMembersAndWrittenBackTheSame() {
    var json =
        document(
            relation(
                "additionalColumns",
                arr(
                    obj("sourceColumnId", "a3", "targetColumnId", "b3", "label", "x"),
                    obj("sourceColumnId", "a2", "targetColumnId", "b2"))));
    var read = reader.read(json);

    assertThat(read.problems()).isEmpty();
    var relation = read.value().relations().get(0);
    assertThat(relation.sourceColumnIds()).containsExactly("a1", "a3", "a2");
    assertThat(relation.targetColumnIds()).containsExactly("b1", "b3", "b2");
    assertThat(relation.additionalColumns().get(0).extra().get("label")).isNotEmpty();
    var written = SchemaDocumentWriter.write(read.value());
    assertThat(reader.read(written).value()).isEqualTo(read.value());
    var relationJson =
        (JsonObject)
            ((io.dbkeep.domain.json.JsonArray) written.get("relations").get()).elements().get(0);
    assertThat(relationJson.members().keySet())
        .containsSubsequence("targetColumnId", "additionalColumns", "type");
  }

  @Test
  void aSingleColumnRelationIsWrittenWithoutAdditionalColumnsEvenWhenTheInputHadAnEmptyArray() {
    var read = reader.read(document(relation("additionalColumns", arr())));

    assertThat(read.problems()).isEmpty();
    assertThat(read.value().relations().get(0).isComposite()).isFalse();
    var written = SchemaDocumentWriter.write(read.value());
    var plain = SchemaDocumentWriter.write(reader.read(document(relation())).value());
    assertThat(written).isEqualTo(plain);
    assertThat(written.toString()).doesNotContain("additionalColumns");
  }

  @Test
  void pairsListsAllColumnsFirstPairFirst() {
    var relation =
        Relation.of("r", RelationType.ONE_TO_MANY, "a", "x", "b", "y")
            .withAdditionalColumns(List.of(ColumnPair.of("x2", "y2")));

    assertThat(relation.pairs())
        .containsExactly(ColumnPair.of("x", "y"), ColumnPair.of("x2", "y2"));
    assertThat(
            relation
                .withName("n")
                .withActions(io.vavr.control.Option.none(), io.vavr.control.Option.none())
                .additionalColumns())
        .containsExactly(ColumnPair.of("x2", "y2"));
  }
}
