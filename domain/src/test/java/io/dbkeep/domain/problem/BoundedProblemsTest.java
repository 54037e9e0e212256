package io.dbkeep.domain.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** At most so many problems are kept; the rest are counted, with their worst severity. */
class BoundedProblemsTest {

  @Test
  void problemsWithinTheBoundAreListedAsTheyCame() {
    var problems = new BoundedProblems(3);
    problems.add(Problem.error("a", "X", "x"));
    problems.add(Problem.warning("b", "Y", "y"));

    assertThat(problems.listed()).extracting(Problem::path).containsExactly("a", "b");
  }

  @Test
  void moreWarningsThanTheBoundEndWithAWarningThatCountsThem() {
    var problems = new BoundedProblems(2);
    for (int i = 0; i < 5; i++) {
      problems.add(Problem.warning("p" + i, "W", "w"));
    }

    var listed = problems.listed();

    assertThat(listed).hasSize(3);
    assertThat(listed.get(2).code()).isEqualTo("TOO_MANY_PROBLEMS");
    assertThat(listed.get(2).isError()).isFalse();
    assertThat(listed.get(2).message()).startsWith("3 more problems are not listed");
  }

  @Test
  void anErrorPastTheBoundMakesTheCountAnError() {
    var problems = new BoundedProblems(1);
    problems.add(Problem.warning("a", "W", "w"));
    problems.addAll(List.of(Problem.warning("b", "W", "w"), Problem.error("c", "E", "e")));

    var listed = problems.listed();

    assertThat(listed).extracting(Problem::path).containsExactly("a", "");
    assertThat(listed.get(1).isError()).isTrue();
    assertThat(listed.get(1).message()).startsWith("2 more problems are not listed");
  }

  @Test
  void anExportEnvelopesDocumentKeepsTheCountOfItsProblemsNotListed() {
    // 40 tables of 100 empty columns: three problems a column, 12,000 in all
    var tables = new ArrayList<JsonValue>();
    for (int t = 0; t < 40; t++) {
      var columns = new ArrayList<JsonValue>();
      for (int c = 0; c < 100; c++) {
        columns.add(JsonObject.empty());
      }
      tables.add(
          JsonObject.builder()
              .add("id", new JsonString("t" + t))
              .add("name", new JsonString("t" + t))
              .add("columns", new JsonArray(columns))
              .build());
    }
    var project =
        JsonObject.builder()
            .add("name", new JsonString("p"))
            .add("engine", new JsonString("PostgreSQL"))
            .add("tables", new JsonArray(tables))
            .build();
    var envelope = JsonObject.builder().add("version", new JsonString("1")).add("project", project);

    var problems = new SchemaDocumentReader().readDocumentOrEnvelope(envelope.build()).problems();

    assertThat(problems).hasSize(BoundedProblems.MAX + 1);
    assertThat(problems.get(BoundedProblems.MAX).code()).isEqualTo("TOO_MANY_PROBLEMS");
    assertThat(problems.get(BoundedProblems.MAX).isError()).isTrue();
  }

  @Test
  void aFullListIsListedAsABoundedOneWouldListIt() {
    var all = new ArrayList<Problem>();
    for (int i = 0; i < BoundedProblems.MAX + 2; i++) {
      all.add(Problem.error("p" + i, "E", "e"));
    }

    var listed = BoundedProblems.listed(all);

    assertThat(listed).hasSize(BoundedProblems.MAX + 1);
    assertThat(listed.get(BoundedProblems.MAX).code()).isEqualTo("TOO_MANY_PROBLEMS");
    assertThat(BoundedProblems.listed(all.subList(0, 5))).hasSize(5);
  }
}
