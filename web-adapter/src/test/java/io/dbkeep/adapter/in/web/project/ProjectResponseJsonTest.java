package io.dbkeep.adapter.in.web.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.in.web.HttpApi;
import io.dbkeep.adapter.in.web.error.ErrorDetail;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.javalin.json.JavalinJackson3;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A save's answer written with each list's text made once (ADR 0143) is the text the mapper writes
 * for the whole record: the same members, in the same order, the same escapes.
 */
class ProjectResponseJsonTest {

  private final JavalinJackson3 mapper = new JavalinJackson3(HttpApi.jsonMapper(), false);

  @Test
  void randomAnswersAreWrittenAsTheMapperWritesThem() throws IOException {
    var random = new Random(143);
    var texts =
        List.of("", "a", "data.tables[0].columns[2]", "é \"quoted\" \\ </script>", "😀\u2028");
    for (int round = 0; round < 300; round++) {
      var problems = new ArrayList<ErrorDetail>();
      var warnings = new ArrayList<ErrorDetail>();
      for (int i = random.nextInt(6); i > 0; i--) {
        var error = random.nextInt(3) == 0;
        var detail =
            new ErrorDetail(
                texts.get(random.nextInt(texts.size())),
                "CODE_" + i,
                error ? "error" : "warning",
                texts.get(random.nextInt(texts.size())) + i,
                random.nextInt(4) == 0 ? 7L : null,
                random.nextInt(4) == 0 ? Map.of("position", i) : Map.of());
        problems.add(detail);
        if (!error) {
          warnings.add(detail);
        }
      }
      // the warnings: those among the problems, the same list, or other details entirely
      List<ErrorDetail> listed =
          switch (random.nextInt(3)) {
            case 0 -> warnings;
            case 1 -> problems;
            default -> List.of(ErrorDetail.of("x", "OTHER", "another"));
          };
      var data =
          random.nextBoolean()
              ? null
              : new JsonObject(Map.of("tables", new JsonString(texts.get(round % texts.size()))));
      var response =
          new ProjectResponse(
              "id-" + round,
              texts.get(random.nextInt(texts.size())),
              "PostgreSQL",
              data,
              "user",
              "owner",
              "user",
              "2026-12-06T18:00:00.000Z",
              "2026-12-06T18:00:01.000Z",
              round,
              random.nextInt(10) == 0 ? null : listed,
              random.nextInt(10) == 0 ? null : problems);

      assertThat(written(response))
          .as("round %d", round)
          .isEqualTo(mapper.toJsonString(response, ProjectResponse.class));
    }
  }

  private String written(ProjectResponse response) throws IOException {
    var out = new ByteArrayOutputStream();
    response.writeJson(mapper, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
