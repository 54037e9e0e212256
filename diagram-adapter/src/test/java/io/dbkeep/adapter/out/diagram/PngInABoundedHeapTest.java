package io.dbkeep.adapter.out.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.Position;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server runs in a 256 MB heap that ends the process on OutOfMemoryError (ADR 0105): a PNG as
 * large as the limits allow (25 million pixels) needed more than that and ended it. Drawn in a JVM
 * with exactly those options, the largest picture now renders, smaller.
 */
class PngInABoundedHeapTest {

  @TempDir Path folder;

  /** Tables at the corners of a canvas far larger than any image. */
  static SchemaDocument farApart() {
    var tables = new ArrayList<Table>();
    double[][] corners = {{1e9, -1e9}, {-1e9, 1e9}, {0, 0}};
    for (int i = 0; i < corners.length; i++) {
      tables.add(
          Table.of("t" + i, "far" + i, List.of(Column.builder("c", "c", ColumnType.INT).build()))
              .withPosition(Position.of(corners[i][0], corners[i][1])));
    }
    return SchemaDocument.of(tables, List.of());
  }

  /** Run in the bounded JVM: writes the picture of {@link #farApart()} to the file named. */
  public static void main(String[] args) throws Exception {
    Files.write(Path.of(args[0]), new PngSchemaWriter().write(farApart(), Engine.POSTGRESQL));
  }

  @Test
  void theLargestPictureRendersInTheServersBoundedHeap() throws Exception {
    var out = folder.resolve("far.png");
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var process =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                PngInABoundedHeapTest.class.getName(),
                out.toString())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("log.txt").toFile())
            .start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(folder.resolve("log.txt"))).isZero();
    var image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(out)));
    assertThat((long) image.getWidth() * image.getHeight())
        .isLessThanOrEqualTo(PngSchemaWriter.pixelBudget(256L << 20));
  }

  @Test
  void theBudgetIsHalfTheMaximumHeapWithinTheImageLimits() {
    assertThat(PngSchemaWriter.pixelBudget(256L << 20)).isEqualTo(8_388_608L);
    assertThat(PngSchemaWriter.pixelBudget(16L << 30)).isEqualTo(PngSchemaWriter.MAX_PIXELS);
    assertThat(PngSchemaWriter.pixelBudget(1L << 20)).isEqualTo(PngSchemaWriter.MIN_PIXELS);
  }
}
