package io.dbkeep.adapter.out.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.application.failure.NoTurnException;
import io.dbkeep.application.failure.OutputTooLargeException;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.Note;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A drawing never waits for ever for its turn, and an SVG never grows past its text budget: the
 * server's bounded heap ends the process on OutOfMemoryError, which a 16 MB document of 2,000
 * tables of 200 columns reached (its SVG is 128 MB).
 */
class DiagramBoundsTest {

  @Test
  void anSvgWhoseTextWouldPassTheBudgetIsRefusedNamingTheLimitAndWhatToDoInstead() {
    var writer = new SvgSchemaWriter(DrawingTurn.WAIT, 50_000);

    assertThat(writer.write(tables(10, 5), Engine.POSTGRESQL).length).isLessThan(50_000);
    assertThatThrownBy(() -> writer.write(tables(200, 20), Engine.POSTGRESQL))
        .isInstanceOf(OutputTooLargeException.class)
        .hasMessageContaining("SVG")
        .hasMessageContaining("PNG")
        .satisfies(e -> assertThat(((OutputTooLargeException) e).limitBytes()).isEqualTo(50_000));
  }

  @Test
  void oneHugeNoteLineIsStoppedAtTheBudgetNotAfterItWasCopied() {
    var line = "&".repeat(2_000_000); // escaped, 10 million characters
    var document =
        new SchemaDocument(
            SchemaDocument.CURRENT_FORMAT_VERSION,
            List.of(),
            List.of(),
            List.of(),
            List.of(Note.of("n", "huge", line)),
            List.of(),
            JsonObject.empty());
    var writer = new SvgSchemaWriter(DrawingTurn.WAIT, 1_000_000);

    assertThatThrownBy(() -> writer.write(document, Engine.POSTGRESQL))
        .isInstanceOf(OutputTooLargeException.class);
    assertThat(new SvgSchemaWriter(DrawingTurn.WAIT, 20_000_000).svg(document))
        .contains("&amp;&amp;");
  }

  @Test
  void theTextBudgetIsASixteenthOfTheMaximumHeapAndAtLeastFourMebicharacters() {
    assertThat(SvgSchemaWriter.textBudget(218_103_808L)).isEqualTo(13_631_488L);
    assertThat(SvgSchemaWriter.textBudget(16L << 20)).isEqualTo(SvgSchemaWriter.MIN_TEXT);
  }

  @Test
  void aDrawingThatGetsNoTurnWithinItsWaitIsNotStarted() throws Exception {
    var drawing = new CountDownLatch(1);
    var finish = new CountDownLatch(1);
    var pool = Executors.newSingleThreadExecutor();
    try {
      var first =
          pool.submit(
              () ->
                  DrawingTurn.take(
                      DrawingTurn.WAIT,
                      () -> {
                        drawing.countDown();
                        await(finish);
                        return "drawn";
                      }));
      assertThat(drawing.await(30, TimeUnit.SECONDS)).isTrue();

      assertThatThrownBy(
              () -> new PngSchemaWriter(Duration.ZERO).write(tables(1, 1), Engine.POSTGRESQL))
          .isInstanceOf(NoTurnException.class)
          .hasMessageContaining("try again");
      assertThatThrownBy(
              () -> new SvgSchemaWriter(Duration.ZERO).write(tables(1, 1), Engine.POSTGRESQL))
          .isInstanceOf(NoTurnException.class);

      finish.countDown();
      assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("drawn");
      assertThat(new SvgSchemaWriter(Duration.ZERO).write(tables(1, 1), Engine.POSTGRESQL))
          .isNotEmpty();
    } finally {
      finish.countDown();
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static SchemaDocument tables(int count, int columns) {
    var tables = new ArrayList<Table>();
    for (int i = 0; i < count; i++) {
      var list = new ArrayList<Column>();
      for (int c = 0; c < columns; c++) {
        list.add(Column.builder("c" + c, "column_" + c, ColumnType.INTEGER).build());
      }
      tables.add(Table.of("t" + i, "table_" + i, list));
    }
    return SchemaDocument.of(tables, List.of());
  }
}
