package io.dbkeep.domain.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.json.StorableJson;
import io.dbkeep.domain.problem.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDocumentWriterTest {

  @Test
  void anUnknownMemberNamedLikeAKnownOneIsLeftOutAndTheOthersKeepTheirOrder() {
    var extra = new LinkedHashMap<String, JsonValue>();
    extra.put("zeta", new JsonString("kept first"));
    extra.put("id", new JsonString("not the id"));
    extra.put("default", new JsonString("absent known member: kept"));
    extra.put("alpha", JsonNumber.of(2));
    var column =
        Column.builder("c1", "id", ColumnType.INTEGER)
            .primaryKey()
            .extra(new JsonObject(extra))
            .build();
    var document = SchemaDocument.of(List.of(Table.of("t1", "items", List.of(column))), List.of());

    var written = SchemaDocumentWriter.write(document);

    var columnTree =
        (JsonObject)
            ((io.dbkeep.domain.json.JsonArray)
                    ((JsonObject)
                            ((io.dbkeep.domain.json.JsonArray) written.get("tables").get())
                                .elements()
                                .get(0))
                        .get("columns")
                        .get())
                .elements()
                .get(0);
    assertThat(columnTree.members().keySet())
        .containsExactly(
            "id", "name", "type", "primaryKey", "nullable", "unique", "zeta", "default", "alpha");
    assertThat(columnTree.get("id").get()).isEqualTo(new JsonString("c1"));
  }

  @Test
  void theStorableCheckOfTheRecordsNamesTheSamePathsAsTheCheckOfTheTree() {
    var column =
        Column.builder("c1", "bad \u0000 name", ColumnType.INTEGER).comment("lone \ud800").build();
    var other = Column.builder("c2", "fine", ColumnType.TEXT).build();
    var document =
        SchemaDocument.of(
            List.of(
                Table.of("t0", "first", List.of(other)),
                Table.of("t1", "second", List.of(other, column))),
            List.of());

    var checker = StorableJson.checker();
    SchemaDocumentWriter.write(document, checker);

    assertThat(checker.problems())
        .extracting(Problem::path)
        .containsExactly("tables[1].columns[1].name", "tables[1].columns[1].comment");
    assertThat(checker.problems())
        .isEqualTo(StorableJson.problems(SchemaDocumentWriter.write(document)));
  }
}
