package io.dbkeep.bootstrap.designer;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.browser.JarProcess;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The canvas benchmark ({@link DesignerCanvasBenchmark}) against the packaged jar: opens a
 * 2,000-table and a 500-table project in Chromium, pans and zooms the 500-table one, and prints the
 * figures (first paint, frames per second). It asserts only that every measurement ran: the machine
 * is shared, so durations are reported, never asserted. More runs: {@code
 * -Ddbkeep.benchmark.runs=5} (scripts/designer-canvas-benchmark.sh).
 */
class DesignerCanvasBenchmarkIT {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  /** The machine's load average, as uptime shows it (the figures mean little without it). */
  private static String load() {
    try {
      var fields =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  @Test
  void opensPansAndZoomsLargeProjectsAndPrintsTheFigures() throws Exception {
    int runs = Integer.getInteger("dbkeep.benchmark.runs", 1);
    try (var server =
            JarProcess.start(
                Map.of("DATABASE_URL", DATABASE.databaseUrl(), "RATE_LIMIT_MAX", "100000"));
        var benchmark = new DesignerCanvasBenchmark(server.url(""))) {
      var loadBefore = load();
      var report = benchmark.run(runs);
      System.out.println("Designer canvas benchmark (" + runs + " runs):");
      report.opens.forEach(System.out::println);
      report.frames.forEach(System.out::println);
      System.out.print(report.summary());
      System.out.println(
          "load average (1, 5, 15 min) before: " + loadBefore + ", after: " + load());

      assertThat(report.opens).hasSize(2 * runs);
      assertThat(report.opens).allSatisfy(open -> assertThat(open.firstPaintMs()).isPositive());
      assertThat(report.frames).hasSize(2 * runs);
      assertThat(report.frames)
          .allSatisfy(frames -> assertThat(frames.framesPerSecond()).isPositive());
      // A stretch in which the view never moved would measure an idle page, not a pan or zoom.
      assertThat(report.frames).allSatisfy(frames -> assertThat(frames.movedFrames()).isPositive());
    }
  }
}
