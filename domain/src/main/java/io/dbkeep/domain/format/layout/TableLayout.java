package io.dbkeep.domain.format.layout;

import io.dbkeep.domain.schema.Position;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Places the tables of a document that have no position yet: in columns (layers) by foreign keys,
 * each referenced table left of the tables that reference it, tables of one layer stacked top to
 * bottom in document order with room for their columns, so no two boxes overlap. Deterministic: the
 * same document gives the same positions. Tables that have a position keep it; the new ones are
 * placed to the right of them. The designer may lay the result out again (elk).
 *
 * <p>Every table is assumed {@link #WIDTH} wide unless the caller knows better ({@link
 * #layout(SchemaDocument, ToDoubleFunction)}: a layer is then as wide as its widest table), and
 * {@link #height(Table)} high.
 */
public final class TableLayout {

  /** The width assumed for a table box, and the gaps between boxes. */
  public static final double WIDTH = 260;

  public static final double GAP_X = 120;
  public static final double GAP_Y = 60;

  /** The height of a table's header and of one column row, as the designer draws them. */
  public static final double HEADER = 44;

  public static final double ROW = 28;

  private TableLayout() {}

  /** {@code document} with every table positioned, each table taken as {@link #WIDTH} wide. */
  public static SchemaDocument layout(SchemaDocument document) {
    return layout(document, table -> WIDTH);
  }

  /**
   * {@code document} with every table positioned, each table taken as {@code width} of it wide (at
   * least {@link #WIDTH}): a layer starts {@link #GAP_X} right of the widest table of the layer
   * before, so boxes of those widths and {@link #height(Table)} do not overlap.
   */
  public static SchemaDocument layout(SchemaDocument document, ToDoubleFunction<Table> width) {
    var tables = document.tables();
    var unplaced = new ArrayList<Integer>();
    var originX = 0.0;
    for (int i = 0; i < tables.size(); i++) {
      var position = tables.get(i).position();
      if (position.isEmpty()) {
        unplaced.add(i);
      } else {
        originX = Math.max(originX, position.get().x() + widthOf(tables.get(i), width) + GAP_X);
      }
    }
    if (unplaced.isEmpty()) {
      return document;
    }
    var layers = layers(document, unplaced);
    var byLayer = new HashMap<Integer, List<Integer>>();
    var deepest = 0;
    for (var index : unplaced) {
      var layer = layers.get(index);
      deepest = Math.max(deepest, layer);
      byLayer.computeIfAbsent(layer, l -> new ArrayList<>()).add(index);
    }
    var placed = new ArrayList<>(tables);
    var x = originX;
    for (int layer = 0; layer <= deepest; layer++) {
      var y = 0.0;
      var widest = WIDTH;
      for (var index : byLayer.getOrDefault(layer, List.of())) {
        var table = tables.get(index);
        placed.set(index, table.withPosition(Position.of(x, y)));
        y += height(table) + GAP_Y;
        widest = Math.max(widest, widthOf(table, width));
      }
      x += widest + GAP_X;
    }
    return document.withTables(placed);
  }

  private static double widthOf(Table table, ToDoubleFunction<Table> width) {
    var value = width.applyAsDouble(table);
    return Double.isFinite(value) ? Math.max(WIDTH, value) : WIDTH;
  }

  /** The height a table's box takes on the canvas. */
  public static double height(Table table) {
    return HEADER + ROW * Math.max(1, table.columns().size());
  }

  /**
   * The layer of each unplaced table: 0 for a table that references no other unplaced table,
   * otherwise one more than the deepest table it references. Cycles are broken at the earliest
   * table in document order.
   */
  private static Map<Integer, Integer> layers(SchemaDocument document, List<Integer> unplaced) {
    var indexOf = new HashMap<String, Integer>();
    for (var index : unplaced) {
      indexOf.put(document.tables().get(index).id(), index);
    }
    var references = new HashMap<Integer, List<Integer>>();
    var referencedBy = new HashMap<Integer, List<Integer>>();
    for (var relation : document.relations()) {
      var source = indexOf.get(relation.sourceTableId());
      var target = indexOf.get(relation.targetTableId());
      if (source == null || target == null || source.equals(target)) {
        continue;
      }
      if (relation.type() == RelationType.MANY_TO_MANY) {
        continue; // a junction between them, no order
      }
      references.computeIfAbsent(source, k -> new ArrayList<>()).add(target);
      referencedBy.computeIfAbsent(target, k -> new ArrayList<>()).add(source);
    }
    var waiting = new HashMap<Integer, Integer>();
    var remaining = new TreeSet<Integer>(unplaced);
    var ready = new TreeSet<Integer>();
    for (var index : unplaced) {
      var count = (int) references.getOrDefault(index, List.of()).stream().distinct().count();
      waiting.put(index, count);
      if (count == 0) {
        ready.add(index);
      }
    }
    var layers = new HashMap<Integer, Integer>();
    while (!remaining.isEmpty()) {
      if (ready.isEmpty()) {
        ready.add(remaining.first());
      }
      var next = ready.pollFirst();
      if (!remaining.remove(next)) {
        continue;
      }
      var layer = 0;
      for (var target : references.getOrDefault(next, List.of())) {
        if (layers.containsKey(target)) {
          layer = Math.max(layer, layers.get(target) + 1);
        }
      }
      layers.put(next, layer);
      for (var source : new TreeSet<>(referencedBy.getOrDefault(next, List.of()))) {
        var left = waiting.merge(source, -1, Integer::sum);
        if (left == 0 && remaining.contains(source)) {
          ready.add(source);
        }
      }
    }
    return layers;
  }
}
