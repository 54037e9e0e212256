package io.dbkeep.adapter.out.diagram;

import io.dbkeep.domain.format.layout.TableLayout;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.Group;
import io.dbkeep.domain.schema.Note;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Size;
import io.dbkeep.domain.schema.Table;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each element of a document is drawn, in canvas pixels, as the designer places it: a table's
 * position is relative to its group when it has one; its width is estimated from its longest line
 * (220–480 px) and its height is a 38 px header and 26 px per column (the designer's {@code
 * estimateTable}). Tables without a position are placed by the domain's {@link TableLayout}, as an
 * import places them (layered by foreign keys, referenced tables left of their referrers), with
 * each layer as wide as its widest box here, and set to the right of whatever has a position.
 */
final class DiagramLayout {

  static final double HEADER = 38;
  static final double ROW = 26;

  /** Room around the drawing (self references loop 30 px to the left of their table). */
  static final double PADDING = 48;

  /** A rectangle on the canvas. */
  record Box(double x, double y, double width, double height) {
    double right() {
      return x + width;
    }

    double bottom() {
      return y + height;
    }

    double centreX() {
      return x + width / 2;
    }
  }

  final Map<String, Box> tables = new LinkedHashMap<>();
  final Map<String, Box> groups = new LinkedHashMap<>();
  final Map<String, Box> notes = new LinkedHashMap<>();
  double minX = Double.POSITIVE_INFINITY;
  double minY = Double.POSITIVE_INFINITY;
  double maxX = Double.NEGATIVE_INFINITY;
  double maxY = Double.NEGATIVE_INFINITY;

  static DiagramLayout of(SchemaDocument document) {
    var layout = new DiagramLayout();
    var groupOrigins = new HashMap<String, double[]>();
    for (var group : document.groups()) {
      var box = groupBox(group);
      layout.groups.put(group.id(), box);
      groupOrigins.putIfAbsent(group.id(), new double[] {box.x(), box.y()});
    }
    var unplaced = new ArrayList<Table>();
    for (var table : document.tables()) {
      if (table.position().isEmpty()) {
        unplaced.add(table);
        continue;
      }
      var origin = table.parentNode().map(groupOrigins::get).getOrElse((double[]) null);
      var position = table.position().get();
      var size = size(table);
      layout.tables.put(
          table.id(),
          new Box(
              position.x() + (origin == null ? 0 : origin[0]),
              position.y() + (origin == null ? 0 : origin[1]),
              size[0],
              size[1]));
    }
    for (var note : document.notes()) {
      var origin = note.parentNode().map(groupOrigins::get).getOrElse((double[]) null);
      var box = noteBox(note);
      layout.notes.put(
          note.id(),
          new Box(
              box.x() + (origin == null ? 0 : origin[0]),
              box.y() + (origin == null ? 0 : origin[1]),
              box.width(),
              box.height()));
    }
    layout.bounds();
    layout.placeUnplaced(document, unplaced);
    layout.bounds();
    if (layout.tables.isEmpty() && layout.groups.isEmpty() && layout.notes.isEmpty()) {
      layout.minX = 0;
      layout.minY = 0;
      layout.maxX = 200;
      layout.maxY = 100;
    }
    return layout;
  }

  /**
   * Unplaced tables where {@link TableLayout} puts them among themselves, shifted right of the
   * placed drawing (if any) so nothing overlaps it.
   */
  private void placeUnplaced(SchemaDocument document, List<Table> unplaced) {
    if (unplaced.isEmpty()) {
      return;
    }
    var laid = TableLayout.layout(document.withTables(unplaced), table -> size(table)[0]);
    double dx = Double.isFinite(maxX) ? maxX + TableLayout.GAP_X : 0;
    for (var table : laid.tables()) {
      var position = table.position().get();
      var size = size(table);
      tables.put(table.id(), new Box(position.x() + dx, position.y(), size[0], size[1]));
    }
  }

  private void bounds() {
    for (var map : List.of(tables, groups, notes)) {
      for (var box : map.values()) {
        minX = Math.min(minX, box.x());
        minY = Math.min(minY, box.y());
        maxX = Math.max(maxX, box.right());
        maxY = Math.max(maxY, box.bottom());
      }
    }
  }

  static double[] size(Table table) {
    int longest = table.name().length() + 4;
    for (var column : table.columns()) {
      longest = Math.max(longest, column.name().length() + typeLabel(column).length() + 6);
    }
    var width = Math.max(220, Math.min(480, longest * 7.5 + 40));
    return new double[] {width, HEADER + ROW * Math.max(1, table.columns().size()) + 8};
  }

  /** The type as the designer labels it: {@code VARCHAR(255)}, {@code DECIMAL(10,2)}. */
  static String typeLabel(Column column) {
    var type = column.type();
    var name = type == ColumnType.ENUM ? "ENUM" : type.wireName();
    if (type.takesLength() && column.length().isDefined()) {
      return name + "(" + column.length().get() + ")";
    }
    if (type.takesPrecision() && column.precision().isDefined()) {
      return name
          + "("
          + column.precision().get()
          + column.scale().map(s -> "," + s).getOrElse("")
          + ")";
    }
    if (type.isVector() && column.dimension().isDefined()) {
      return name + "(" + column.dimension().get() + ")";
    }
    return name;
  }

  private static Box groupBox(Group group) {
    var position = group.position();
    return new Box(
        position.map(p -> p.x()).getOrElse(0.0),
        position.map(p -> p.y()).getOrElse(0.0),
        px(group.style(), true, 400),
        px(group.style(), false, 300));
  }

  private static Box noteBox(Note note) {
    var position = note.position();
    return new Box(
        position.map(p -> p.x()).getOrElse(0.0),
        position.map(p -> p.y()).getOrElse(0.0),
        px(note.style(), true, 200),
        px(note.style(), false, 150));
  }

  /** A CSS length such as {@code "400px"}, or the fallback when absent, unreadable or absurd. */
  private static double px(Option<Size> style, boolean width, double fallback) {
    var text = style.flatMap(s -> width ? s.width() : s.height());
    if (text.isEmpty()) {
      return fallback;
    }
    var digits = text.get().strip().toLowerCase(Locale.ROOT).replaceAll("px$", "");
    try {
      var value = Double.parseDouble(digits);
      return Double.isFinite(value) && value > 0 && value < 100_000 ? value : fallback;
    } catch (NumberFormatException notANumber) {
      return fallback;
    }
  }
}
