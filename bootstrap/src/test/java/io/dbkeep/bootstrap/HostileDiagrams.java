package io.dbkeep.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;

/**
 * Schema documents that try to make the PNG rasteriser allocate gigabytes or run for minutes, for
 * the export surfaces' hostile tests (HTTP and CLI), and what every PNG must stay within.
 */
public final class HostileDiagrams {

  /**
   * The image limits of the PNG writer (diagram-adapter), restated so a raised limit is noticed.
   */
  public static final int MAX_SIDE = 8_000;

  public static final long MAX_PIXELS = 25_000_000L;

  private HostileDiagrams() {}

  /** Tables at the far corners of the largest finite canvas: its width overflows a double. */
  public static String farApart(double extreme) {
    var body = new StringBuilder("{\"tables\":[");
    double[][] corners = {{extreme, -extreme}, {-extreme, extreme}, {0, 0}, {extreme, extreme}};
    for (int i = 0; i < corners.length; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"id\":\"t")
          .append(i)
          .append("\",\"name\":\"far")
          .append(i)
          .append("\",\"position\":{\"x\":")
          .append(corners[i][0])
          .append(",\"y\":")
          .append(corners[i][1])
          .append("},\"columns\":[{\"id\":\"c\",\"name\":\"id\",\"type\":\"INTEGER\"},")
          .append("{\"id\":\"r\",\"name\":\"ref\",\"type\":\"INTEGER\"}]}");
    }
    return body.append(
            "],\"relations\":[{\"id\":\"r1\",\"sourceTableId\":\"t0\",\"sourceColumnId\":\"r\","
                + "\"targetTableId\":\"t1\",\"targetColumnId\":\"c\",\"type\":\"1:N\"}]}")
        .toString();
  }

  /**
   * {@code count} tables without positions, of {@code columns} columns each, every table after the
   * first referencing the one before it and the first: thousands of labelled rows to rasterise.
   */
  public static String many(int count, int columns) {
    var body = new StringBuilder(count * 64 * columns).append("{\"tables\":[");
    for (int i = 0; i < count; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"id\":\"t")
          .append(i)
          .append("\",\"name\":\"table_")
          .append(i)
          .append("\",\"columns\":[");
      for (int c = 0; c < columns; c++) {
        body.append(c == 0 ? "" : ",")
            .append("{\"id\":\"c")
            .append(c)
            .append("\",\"name\":\"column_")
            .append(c)
            .append("\",\"type\":\"INTEGER\"}");
      }
      body.append("]}");
    }
    body.append("],\"relations\":[");
    for (int i = 1; i < count; i++) {
      body.append(i == 1 ? "" : ",")
          .append("{\"id\":\"r")
          .append(i)
          .append("\",\"sourceTableId\":\"t")
          .append(i)
          .append("\",\"sourceColumnId\":\"c1\",\"targetTableId\":\"t")
          .append(i % 7 == 0 ? 0 : i - 1)
          .append("\",\"targetColumnId\":\"c0\",\"type\":\"1:N\"}");
    }
    return body.append("]}").toString();
  }

  /** Asserts that {@code png} is a PNG image within the writer's limits. */
  public static void assertBoundedPng(byte[] png) throws Exception {
    var image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).as("a PNG image").isNotNull();
    assertThat(image.getWidth()).isBetween(1, MAX_SIDE);
    assertThat(image.getHeight()).isBetween(1, MAX_SIDE);
    assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(MAX_PIXELS);
  }
}
