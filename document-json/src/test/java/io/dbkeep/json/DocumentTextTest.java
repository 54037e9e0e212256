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
