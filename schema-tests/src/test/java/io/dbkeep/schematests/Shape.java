package io.dbkeep.schematests;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a database holds, as far as the document says: read from a catalog or expected. */
record Shape(Map<String, TableShape> tables) {

  record TableShape(
      Map<String, Boolean> nullableColumns,
      List<String> primaryKey,
      Set<List<String>> uniques,
      Set<ForeignKey> foreignKeys) {}

  /**
   * @param onDelete the rule as the catalog spells it ("CASCADE", "SET NULL", "RESTRICT", "NO
   *     ACTION")
   */
  record ForeignKey(
      List<String> columns,
      String targetTable,
      List<String> targetColumns,
      String onDelete,
      String onUpdate) {}
}
