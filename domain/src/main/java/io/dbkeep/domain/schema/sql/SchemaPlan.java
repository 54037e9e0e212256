package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.schema.ReferentialAction;
import io.vavr.control.Option;
import java.util.List;

/**
 * A valid document resolved for one engine: tables in dependency order (junction tables included),
 * every name chosen, every type mapped and every default written. The DDL writers only render it.
 */
record SchemaPlan(List<PlannedEnum> enums, List<PlannedTable> tables, boolean usesVector) {

  record PlannedEnum(String name, List<String> values) {}

  /**
   * @param id the document's table id or, for a junction table, {@code relation:} and the
   *     relation's id: what a migration matches tables by
   * @param path where the table comes from in the document ({@code tables[3]} or, for a junction
   *     table, {@code relations[5]})
   */
  record PlannedTable(
      String id,
      String path,
      String name,
      Option<String> comment,
      List<PlannedColumn> columns,
      Option<PlannedKey> primaryKey,
      List<PlannedKey> uniques,
      List<PlannedIndex> indexes,
      List<PlannedForeignKey> foreignKeys,
      List<PlannedCheck> checks) {}

  /**
   * A table's CHECK constraint.
   *
   * @param id the document's check id
   * @param sql the condition as the engine writes it, without the surrounding parentheses
   */
  record PlannedCheck(String id, String name, String sql) {}

  /**
   * @param id the document's column id or, in a junction table, {@code source:}/{@code target:} and
   *     the referenced key column's id
   * @param sqlType the type as written in DDL
   * @param defaultSql the DEFAULT expression as written in DDL
   * @param autoIncrement MySQL AUTO_INCREMENT, or SQLite's {@code INTEGER PRIMARY KEY
   *     AUTOINCREMENT} (then the primary key is declared on the column)
   * @param check SQLite: the CHECK expression of an enum column
   */
  record PlannedColumn(
      String id,
      String name,
      MappedType type,
      boolean notNull,
      Option<String> defaultSql,
      boolean autoIncrement,
      Option<PlannedKey> check,
      Option<String> comment) {

    String sqlType() {
      return type.sql();
    }
  }

  /** A named constraint over columns (primary key, unique, or SQLite check: its expression). */
  record PlannedKey(String name, List<String> columns) {}

  record PlannedIndex(String name, List<String> columns, boolean unique) {}

  record PlannedForeignKey(
      String name,
      List<String> columns,
      String targetTable,
      List<String> targetColumns,
      Option<ReferentialAction> onDelete,
      Option<ReferentialAction> onUpdate) {}
}
