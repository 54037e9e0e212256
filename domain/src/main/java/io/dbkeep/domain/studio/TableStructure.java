package io.dbkeep.domain.studio;

import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * Everything the catalog says about one table or view. Column names here are the only ones that may
 * reach SQL (quoted by the dialect).
 *
 * <p>Invariant: every name in {@code primaryKey} is a column of the table. {@code checks} are the
 * table's CHECK constraints in catalog order (none for views).
 */
public record TableStructure(
    TableRef table,
    TableKind kind,
    List<ColumnInfo> columns,
    List<String> primaryKey,
    List<IndexInfo> indexes,
    List<UniqueConstraintInfo> uniques,
    List<ForeignKeyInfo> foreignKeys,
    Option<String> comment,
    List<CheckInfo> checks) {

  public TableStructure {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(kind, "kind");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    indexes = List.copyOf(indexes);
    uniques = List.copyOf(uniques);
    foreignKeys = List.copyOf(foreignKeys);
    Objects.requireNonNull(comment, "comment");
    checks = List.copyOf(checks);
    for (var key : primaryKey) {
      if (columns.stream().noneMatch(column -> column.name().equals(key))) {
        throw new IllegalArgumentException("primary key column " + key + " is not a column");
      }
    }
  }

  /** A table without CHECK constraints (or whose catalog reader does not read them). */
  public TableStructure(
      TableRef table,
      TableKind kind,
      List<ColumnInfo> columns,
      List<String> primaryKey,
      List<IndexInfo> indexes,
      List<UniqueConstraintInfo> uniques,
      List<ForeignKeyInfo> foreignKeys,
      Option<String> comment) {
    this(table, kind, columns, primaryKey, indexes, uniques, foreignKeys, comment, List.of());
  }

  /** The column called exactly {@code name}. */
  public Option<ColumnInfo> column(String name) {
    return Option.ofOptional(columns.stream().filter(c -> c.name().equals(name)).findFirst());
  }

  /** The primary key's columns, in key order. */
  public List<ColumnInfo> primaryKeyColumns() {
    return primaryKey.stream().map(name -> column(name).get()).toList();
  }

  /** Why rows of this relation cannot be changed, or none when they can. */
  public Option<String> whyNotEditable() {
    if (kind == TableKind.VIEW) {
      return Option.of(table + " is a view; its rows cannot be edited here");
    }
    if (primaryKey.isEmpty()) {
      return Option.of(
          table + " has no primary key, so a row cannot be identified safely; it is read-only");
    }
    return Option.none();
  }
}
