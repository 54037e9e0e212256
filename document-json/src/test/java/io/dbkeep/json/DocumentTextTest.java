package io.dbkeep.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.dbkeep.domain.schema.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The text of a document written straight from its records, through the kept buffers. */
class DocumentTextTest {

  private final JsonCodec codec = new JsonCodec();

  @Test
  void aDocumentLargerThanAnyKeptBufferWithMultiByteTextIsWrittenWhole() {
    // about 3 MB: past the first buffer, its doublings and the largest buffer kept
    var document = document(9_000, "ü€😀 \"quoted\" \\ ");

    var text = codec.write(document);

    assertThat(text.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(TextBuffers.MAX_KEPT);
    assertThat(text).isEqualTo(codec.write(SchemaDocumentWriter.write(document)));
    assertThat(codec.write(document(3, "after the large one"))).contains("after the large one2");
  }

  /**
   * Member names are written from encoded copies kept by hash code (ADR 0143): names that escape,
   * leave ASCII, pair surrogates, pass the kept length, or share a slot or even a hash code ("Aa"
   * and "BB") are written exactly as the tree's writer writes them, name by name, at every repeat.
   */
  @Test
  void hostileMemberNamesAreWrittenAsTheTreeWritesThem() {
    var pool =
        List.of(
            "Aa",
            "BB",
            "AaAa",
            "BBBB",
            "AaBB",
            "\"",
            "\\",
            "a\"b\\c",
            "line\nbreak",
            "\t",
            "\u0001",
            "\u001f",
            "\u007f",
            "é",
            "ü€",
            "😀",
            "\u2028",
            "\u2029",
            "</script>",
            "",
            " ",
            "id",
            "x".repeat(64),
            "y".repeat(65),
            "\"".repeat(70),
            "é".repeat(40));
    var random = new java.util.Random(143);
    for (int round = 0; round < 200; round++) {
      var text = new StringBuilder("{\"tables\":[");
      var tables = 1 + random.nextInt(12);
      for (int t = 0; t < tables; t++) {
        text.append(t == 0 ? "" : ",").append("{\"id\":\"t").append(t).append("\",\"name\":\"n");
        text.append(t).append("\",\"columns\":[]");
        var names = new java.util.LinkedHashSet<String>();
        for (int m = random.nextInt(6); m > 0; m--) {
          names.add(pool.get(random.nextInt(pool.size())));
        }
        names.remove("id"); // a table's own members are not extras
        names.remove("name");
        for (var name : names) {
          text.append(",").append(codec.write(new io.dbkeep.domain.json.JsonString(name)));
          text.append(":").append(random.nextInt(3));
        }
        text.append("}");
      }
      text.append("]}");
      var decoded =
          new io.dbkeep.domain.schema.SchemaDocumentReader(
                  io.dbkeep.domain.schema.SchemaLimits.DEFAULT)
              .read(codec.read(text.toString()));
      var document = decoded.value();

      assertThat(codec.write(document))
          .as("round %d: %s", round, text)
          .isEqualTo(codec.write(SchemaDocumentWriter.write(document)));
    }
  }

  @Test
  void concurrentWritesEachGetTheirOwnText() throws Exception {
    var pool = Executors.newFixedThreadPool(6);
    try {
      var tasks = new ArrayList<Callable<Boolean>>();
      for (int i = 0; i < 60; i++) {
        var document = document(1 + i * 37, "writer " + i + " ");
        var expected = codec.write(SchemaDocumentWriter.write(document));
        tasks.add(() -> codec.write(document).equals(expected));
      }
      for (var result : pool.invokeAll(tasks)) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static SchemaDocument document(int tables, String prefix) {
    var list = new ArrayList<Table>();
    for (int t = 0; t < tables; t++) {
      list.add(
          Table.of(
              "t" + t,
              prefix + t,
              List.of(
                  Column.builder("c" + t, "id", ColumnType.INTEGER).primaryKey().build(),
                  Column.builder("d" + t, prefix + "name", ColumnType.VARCHAR)
                      .length(120)
                      .comment(prefix)
                      .build())));
    }
    return SchemaDocument.of(list, List.of());
  }
}
