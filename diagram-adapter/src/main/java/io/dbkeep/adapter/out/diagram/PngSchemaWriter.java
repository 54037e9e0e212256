package io.dbkeep.adapter.out.diagram;

import io.dbkeep.application.port.out.format.SchemaTextWriter;
import io.dbkeep.domain.format.TargetFormat;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.time.Duration;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * Renders the {@link SvgSchemaWriter}'s picture to PNG with Apache Batik, headless (no browser, no
 * display). Large diagrams are scaled down so the image has at most {@link #MAX_SIDE} pixels on a
 * side and {@link #MAX_PIXELS} in all (a 20,000-table canvas would otherwise need gigabytes), and
 * are drawn as an overview without labels when the labels would be unreadable (scale below {@link
 * #LEGIBLE_SCALE}) or too many ({@link #MAX_LABELS}): Batik lays out every label with the fonts, a
 * few milliseconds each, so 2,500 tables took a minute with them and a second without (ADR 0112).
 *
 * <p>The image also fits the heap: its pixels at {@link #BYTES_PER_PIXEL} bytes each take at most
 * half of the JVM's maximum heap, and one image is drawn at a time, so a large picture cannot
 * exhaust the server's bounded heap ({@code -Xmx224m}, about 6.8 million pixels there), where
 * {@code -XX:+ExitOnOutOfMemoryError} would end the server. The budget depends on the maximum heap
 * only, so the same document still gives the same image in the same JVM.
 */
public final class PngSchemaWriter implements SchemaTextWriter {

  /** The longest side of the image, in pixels. */
  public static final int MAX_SIDE = 8_000;

  /** The most pixels of the image (about 100 MB of ARGB while it is drawn). */
  public static final long MAX_PIXELS = 25_000_000L;

  /**
   * Heap a pixel may take while Batik draws and encodes the image (its raster, the encoder's copy
   * and working space): measured in a 256 MB heap, 4,300 × 4,200 px rendered and 5,000 × 5,000 did
   * not.
   */
  public static final long BYTES_PER_PIXEL = 16;

  /** The fewest pixels the heap budget allows, however small the heap. */
  public static final long MIN_PIXELS = 1_000_000L;

  /** Below this scale a 12 px label is under 6 px high. */
  public static final double LEGIBLE_SCALE = 0.5;

  /** The most labels (table names, column names, types, keys, relation labels) drawn. */
  public static final int MAX_LABELS = 6_000;

  private final SvgSchemaWriter svg;
  private final Duration wait;

  public PngSchemaWriter() {
    this(DrawingTurn.WAIT);
  }

  /** A writer whose drawings wait at most {@code wait} for their turn ({@link DrawingTurn}). */
  PngSchemaWriter(Duration wait) {
    this.svg = new SvgSchemaWriter(wait);
    this.wait = wait;
  }

  static {
    System.setProperty("java.awt.headless", "true");
  }

  @Override
  public TargetFormat format() {
    return TargetFormat.PNG;
  }

  @Override
  public byte[] write(SchemaDocument document, Engine engine) {
    return DrawingTurn.take(wait, () -> draw(document));
  }

  private byte[] draw(SchemaDocument document) {
    var layout = DiagramLayout.of(document);
    double width = layout.maxX - layout.minX + 2 * DiagramLayout.PADDING;
    double height = layout.maxY - layout.minY + 2 * DiagramLayout.PADDING;
    double scale = scale(width, height, pixelBudget());
    var text = svg.svg(document, layout, labelled(document, scale));
    var transcoder = new PNGTranscoder();
    transcoder.addTranscodingHint(
        PNGTranscoder.KEY_WIDTH, (float) Math.max(1, Math.floor(width * scale)));
    transcoder.addTranscodingHint(
        PNGTranscoder.KEY_HEIGHT, (float) Math.max(1, Math.floor(height * scale)));
    transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
    transcoder.addTranscodingHint(PNGTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
    var input = new TranscoderInput(new StringReader(text));
    input.setURI("file:/dbkeep-diagram.svg");
    var bytes = new ByteArrayOutputStream();
    try {
      transcoder.transcode(input, new TranscoderOutput(bytes));
    } catch (TranscoderException failure) {
      throw new IllegalStateException("the diagram could not be rendered to PNG", failure);
    }
    return bytes.toByteArray();
  }

  /**
   * The factor that brings a canvas of {@code width} × {@code height} within {@link #MAX_SIDE} a
   * side and {@code pixels} in all.
   */
  static double scale(double width, double height, long pixels) {
    double scale = Math.min(1.0, MAX_SIDE / Math.max(width, height));
    return Math.min(scale, Math.sqrt(pixels / width / height));
  }

  /** The pixels half of the maximum heap holds, between {@link #MIN_PIXELS} and MAX_PIXELS. */
  static long pixelBudget() {
    return pixelBudget(Runtime.getRuntime().maxMemory());
  }

  static long pixelBudget(long maxHeap) {
    return Math.max(MIN_PIXELS, Math.min(MAX_PIXELS, maxHeap / 2 / BYTES_PER_PIXEL));
  }

  /** Whether the picture at {@code scale} is drawn with its labels. */
  static boolean labelled(SchemaDocument document, double scale) {
    if (scale < LEGIBLE_SCALE) {
      return false;
    }
    long labels = document.relations().size() + document.groups().size();
    for (var table : document.tables()) {
      labels += 1 + 2L * table.columns().size();
    }
    for (var note : document.notes()) {
      labels += 1 + note.content().length() / 16;
    }
    return labels <= MAX_LABELS;
  }
}
