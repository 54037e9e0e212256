package io.dbkeep.adapter.out.diagram;

import io.dbkeep.adapter.out.diagram.DiagramLayout.Box;
import io.dbkeep.application.failure.OutputTooLargeException;
import io.dbkeep.application.port.out.format.SchemaTextWriter;
import io.dbkeep.domain.format.TargetFormat;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Draws a document as the designer shows it, in SVG: group boxes (dashed, tinted), sticky notes,
 * tables (white card, header in the table's colour, one 26 px row per column with its {@code
 * PK}/{@code U}/{@code FK} marker, name and type, {@code ?} for nullable) and relations (a
 * right-angled line from the foreign-key column to the referenced one, an arrow at the referenced
 * end, and the cardinality {@code 1:1}/{@code 1:N}/{@code N:M} as its label). Positions are the
 * stored ones; tables without one are placed as an import places them ({@link DiagramLayout}).
 * Deterministic; total on every well-formed document (a relation to a missing table or column is
 * not drawn).
 */
public final class SvgSchemaWriter implements SchemaTextWriter {

  static final String DEFAULT_TABLE_COLOR = "#3b82f6";
  static final String DEFAULT_GROUP_COLOR = "#6b7280";
  static final String DEFAULT_NOTE_COLOR = "#fef3c7";
  private static final String EDGE_COLOR = "#8a94a6";
  private static final String INK = "#1d2433";
  private static final String FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";
  private static final String MONO = "DejaVu Sans Mono, Liberation Mono, monospace";
  private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?");
  private static final double PADDING = DiagramLayout.PADDING;

  /** The fewest characters the text budget allows, however small the heap. */
  static final long MIN_TEXT = 4L << 20;

  /**
   * Characters of SVG text per byte of heap, inverted: while the text is built it is held up to
   * about four times (the growing buffer and its copy, the finished string, its UTF-8 bytes), at up
   * to two bytes a character, so {@code maxHeap / 16} characters take at most half the heap — the
   * budget a PNG has ({@link PngSchemaWriter#BYTES_PER_PIXEL}).
   */
  static final long HEAP_BYTES_PER_CHARACTER = 16;

  /**
   * Text is escaped into the drawing this many characters at a time (then the budget is checked).
   */
  private static final int TEXT_SLICE = 1 << 16;

  private final Duration wait;
  private final long maxCharacters;

  public SvgSchemaWriter() {
    this(DrawingTurn.WAIT);
  }

  SvgSchemaWriter(Duration wait) {
    this(wait, textBudget());
  }

  /**
   * A writer whose drawings wait at most {@code wait} for their turn and stop at {@code
   * maxCharacters} of text.
   */
  SvgSchemaWriter(Duration wait, long maxCharacters) {
    this.wait = wait;
    this.maxCharacters = maxCharacters;
  }

  @Override
  public TargetFormat format() {
    return TargetFormat.SVG;
  }

  /**
   * The SVG as UTF-8, drawn in its turn ({@link DrawingTurn}); a diagram whose text would pass the
   * budget ({@link #textBudget()}) is refused with {@link OutputTooLargeException} once the text
   * reaches it, before it takes more memory.
   */
  @Override
  public byte[] write(SchemaDocument document, Engine engine) {
    return DrawingTurn.take(wait, () -> svg(document).getBytes(StandardCharsets.UTF_8));
  }

  /** The SVG text of {@code document}. */
  public String svg(SchemaDocument document) {
    return svg(document, DiagramLayout.of(document), true);
  }

  /** The characters of SVG text half of the maximum heap holds, at least {@link #MIN_TEXT}. */
  static long textBudget() {
    return textBudget(Runtime.getRuntime().maxMemory());
  }

  static long textBudget(long maxHeap) {
    return Math.max(MIN_TEXT, maxHeap / HEAP_BYTES_PER_CHARACTER);
  }

  /** Refuses the drawing once {@code out} holds more than the budget. */
  private void bounded(StringBuilder out) {
    if (out.length() > maxCharacters) {
      throw new OutputTooLargeException(
          "The SVG of this diagram would have more than "
              + maxCharacters / 1_000_000
              + " million characters, the most this process builds in its memory; export it as PNG"
              + " (a large diagram is drawn as an overview), DBML or Mermaid, or split the"
              + " document",
          maxCharacters);
    }
  }

  /**
   * The SVG text of {@code document} placed by {@code layout}; without {@code labels} only the
   * shapes (cards, headers, group and note boxes, relation lines): no text, no column rows — the
   * overview a rasteriser draws fast when the labels would be unreadably small or too many.
   */
  String svg(SchemaDocument document, DiagramLayout layout, boolean labels) {
    var canvas =
        new Box(
            layout.minX - PADDING,
            layout.minY - PADDING,
            layout.maxX - layout.minX + 2 * PADDING,
            layout.maxY - layout.minY + 2 * PADDING);
    var out =
        new StringBuilder((int) Math.min(maxCharacters, 4096 + document.tables().size() * 1500L));
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(n(canvas.width()))
        .append("\" height=\"")
        .append(n(canvas.height()))
        .append("\" viewBox=\"")
        .append(n(canvas.x()))
        .append(' ')
        .append(n(canvas.y()))
        .append(' ')
        .append(n(canvas.width()))
        .append(' ')
        .append(n(canvas.height()))
        .append("\" font-family=\"")
        .append(FONT)
        .append("\">\n")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
        .append(" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
        .append(EDGE_COLOR)
        .append("\"/>")
        .append("</marker></defs>\n");
    rect(out, canvas).append(" fill=\"#ffffff\"/>\n");
    for (var group : document.groups()) {
      var box = layout.groups.get(group.id());
      var color = color(group.color().getOrNull(), DEFAULT_GROUP_COLOR);
      rect(out.append("<g class=\"group\">"), box)
          .append(" rx=\"8\" fill=\"")
          .append(color)
          .append("\" fill-opacity=\"0.08\" stroke=\"")
          .append(color)
          .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
      if (labels) {
        text(out, box.x() + 10, box.y() + 20, group.name(), color, 13, Style.BOLD);
      }
      out.append("</g>\n");
      bounded(out);
    }
    for (var note : document.notes()) {
      var box = layout.notes.get(note.id());
      var ink = note.textColor().contains("white") ? "#ffffff" : INK;
      rect(out.append("<g class=\"note\">"), box)
          .append(" rx=\"6\" fill=\"")
          .append(color(note.color().getOrNull(), DEFAULT_NOTE_COLOR))
          .append("\" stroke=\"#e5d9a8\"/>");
      if (labels) {
        text(out, box.x() + 10, box.y() + 22, note.name(), ink, 12, Style.BOLD);
        var lines = note.content().split("\n", -1);
        for (int i = 0; i < lines.length && 44 + i * 16 < box.height(); i++) {
          text(out, box.x() + 10, box.y() + 42 + i * 16, lines[i], ink, 12, Style.PLAIN);
          bounded(out);
        }
      }
      out.append("</g>\n");
      bounded(out);
    }
    edges(out, document, layout, labels);
    var foreignKeys = new HashSet<String>();
    document.relations().stream()
        .filter(r -> r.type() != RelationType.MANY_TO_MANY)
        .forEach(
            r -> r.sourceColumnIds().forEach(id -> foreignKeys.add(r.sourceTableId() + "/" + id)));
    for (var table : document.tables()) {
      table(out, table, layout.tables.get(table.id()), labels ? foreignKeys : null);
      bounded(out);
    }
    out.append("</svg>\n");
    return out.toString();
  }

  /** A table card; with {@code foreignKeys} null, only its card and header (no labels, no rows). */
  private void table(StringBuilder out, Table table, Box box, HashSet<String> foreignKeys) {
    var color = color(table.color().getOrNull(), DEFAULT_TABLE_COLOR);
    double x = box.x();
    double y = box.y();
    double w = box.width();
    double header = y + DiagramLayout.HEADER;
    rect(out.append("<g class=\"table\">"), box)
        .append(" rx=\"6\" fill=\"#ffffff\" stroke=\"#c9d0dc\"/>")
        .append("<path d=\"M")
        .append(point(x, header))
        .append(" V")
        .append(n(y + 6))
        .append(" Q")
        .append(point(x, y))
        .append(' ')
        .append(point(x + 6, y))
        .append(" H")
        .append(n(x + w - 6))
        .append(" Q")
        .append(point(x + w, y))
        .append(' ')
        .append(point(x + w, y + 6))
        .append(" V")
        .append(n(header))
        .append(" Z\" fill=\"")
        .append(color)
        .append("\"/>");
    if (foreignKeys == null) {
      out.append("</g>\n");
      return;
    }
    text(out, x + 10, y + 24, fit(table.name(), w - 20, 7.8), "#ffffff", 13, Style.BOLD);
    double rowY = header + 2;
    for (var column : table.columns()) {
      out.append("<line x1=\"")
          .append(n(x + 1))
          .append("\" y1=\"")
          .append(n(rowY))
          .append("\" x2=\"")
          .append(n(x + w - 1))
          .append("\" y2=\"")
          .append(n(rowY))
          .append("\" stroke=\"#f0f2f6\"/>");
      var key =
          column.primaryKey()
              ? "PK"
              : column.unique()
                  ? "U"
                  : foreignKeys.contains(table.id() + "/" + column.id()) ? "FK" : "";
      if (!key.isEmpty()) {
        text(out, x + 12, rowY + 17, key, "#a16207", 10, Style.BOLD);
      }
      var type =
          DiagramLayout.typeLabel(column) + (!column.nullable() || column.primaryKey() ? "" : "?");
      var name = fit(column.name(), w - 60 - type.length() * 6.6, 6.8);
      text(out, x + 36, rowY + 17, name, INK, 12, Style.PLAIN);
      text(out, x + w - 12, rowY + 17, type, "#5b6577", 11, Style.MONO_END);
      rowY += DiagramLayout.ROW;
    }
    out.append("</g>\n");
  }

  private void edges(
      StringBuilder out, SchemaDocument document, DiagramLayout layout, boolean labels) {
    var tables = new HashMap<String, Table>();
    document.tables().forEach(t -> tables.putIfAbsent(t.id(), t));
    for (var relation : document.relations()) {
      var source = tables.get(relation.sourceTableId());
      var target = tables.get(relation.targetTableId());
      if (source == null || target == null) {
        continue;
      }
      int sourceRow = row(source, relation.sourceColumnId());
      int targetRow = row(target, relation.targetColumnId());
      if (sourceRow < 0 || targetRow < 0) {
        continue;
      }
      var from = layout.tables.get(source.id());
      var to = layout.tables.get(target.id());
      double y1 = from.y() + DiagramLayout.HEADER + 2 + sourceRow * DiagramLayout.ROW + 13;
      double y2 = to.y() + DiagramLayout.HEADER + 2 + targetRow * DiagramLayout.ROW + 13;
      double x1;
      double x2;
      double mid;
      if (source.id().equals(target.id())) {
        x1 = from.x();
        x2 = to.x();
        mid = from.x() - 30;
      } else if (from.centreX() <= to.centreX()) {
        x1 = from.right();
        x2 = to.x();
        mid = x1 < x2 - 40 ? (x1 + x2) / 2 : Math.max(x1, x2) + 30;
        if (mid > x2) {
          x2 = to.right();
        }
      } else {
        x1 = from.x();
        x2 = to.right();
        mid = x2 < x1 - 40 ? (x1 + x2) / 2 : Math.min(x1, x2) - 30;
        if (mid < x2) {
          x2 = to.x();
        }
      }
      out.append("<g class=\"relation\"><path d=\"M")
          .append(point(x1, y1))
          .append(" H")
          .append(n(mid))
          .append(" V")
          .append(n(y2))
          .append(" H")
          .append(n(x2))
          .append("\" fill=\"none\" stroke=\"")
          .append(EDGE_COLOR)
          .append("\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
      if (labels) {
        double labelY = (y1 + y2) / 2;
        rect(out, new Box(mid - 13, labelY - 8, 26, 15)).append(" fill=\"#ffffff\"/>");
        text(out, mid, labelY + 4, relation.type().wireName(), INK, 11, Style.MIDDLE);
      }
      out.append("</g>\n");
      bounded(out);
    }
  }

  private static int row(Table table, String columnId) {
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).id().equals(columnId)) {
        return i;
      }
    }
    return -1;
  }

  /** How a label is set: weight, family and anchor. */
  private enum Style {
    PLAIN("", ""),
    BOLD("", " font-weight=\"bold\""),
    MIDDLE("text-anchor=\"middle\" ", ""),
    MONO_END("text-anchor=\"end\" ", " font-family=\"" + MONO + "\"");

    final String anchor;
    final String font;

    Style(String anchor, String font) {
      this.anchor = anchor;
      this.font = font;
    }
  }

  /** Appends {@code <rect x=… y=… width=… height=…} and leaves it open for further attributes. */
  private static StringBuilder rect(StringBuilder out, Box box) {
    return out.append("<rect x=\"")
        .append(n(box.x()))
        .append("\" y=\"")
        .append(n(box.y()))
        .append("\" width=\"")
        .append(n(box.width()))
        .append("\" height=\"")
        .append(n(box.height()))
        .append('"');
  }

  private static String point(double x, double y) {
    return n(x) + "," + n(y);
  }

  /**
   * A {@code <text>} element; its content is escaped into {@code out} a slice at a time and the
   * budget checked after each, so one huge text (a note's line) cannot grow the buffer far past it.
   */
  private StringBuilder text(
      StringBuilder out, double x, double y, String content, String fill, int size, Style style) {
    out.append("<text ")
        .append(style.anchor)
        .append("x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" font-size=\"")
        .append(size)
        .append('"')
        .append(style.font)
        .append(" fill=\"")
        .append(fill)
        .append("\" xml:space=\"preserve\">");
    for (int start = 0; start < content.length(); ) {
      int end = Math.min(content.length(), start + TEXT_SLICE);
      if (end < content.length() && Character.isHighSurrogate(content.charAt(end - 1))) {
        end--; // a pair stays whole
      }
      escapeInto(out, content.substring(start, end));
      bounded(out);
      start = end;
    }
    return out.append("</text>");
  }

  /** Cuts text that would overflow {@code width} (at about {@code perChar} px a character). */
  private static String fit(String text, double width, double perChar) {
    int max = (int) Math.max(3, width / perChar);
    return text.codePointCount(0, text.length()) <= max
        ? text
        : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }

  /** A colour the document gives, if it is a plain hex colour; otherwise the default. */
  static String color(String value, String fallback) {
    return value != null && COLOR.matcher(value).matches() ? value : fallback;
  }

  /** A number for SVG: at most two decimals, no exponent, no locale. */
  static String n(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** XML text: markup characters escaped, characters XML 1.0 cannot hold dropped. */
  private static StringBuilder escapeInto(StringBuilder out, String text) {
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                  boolean allowed =
                      c == 0x9
                          || c == 0xA
                          || c == 0xD
                          || (c >= 0x20 && c <= 0xD7FF)
                          || (c >= 0xE000 && c <= 0xFFFD)
                          || (c >= 0x10000 && c <= 0x10FFFF);
                  if (allowed) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out;
  }
}
