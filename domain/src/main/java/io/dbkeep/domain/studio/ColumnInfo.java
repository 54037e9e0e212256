package io.dbkeep.domain.studio;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * A column of a live table.
 *
 * @param defaultValue the default expression as the catalog shows it
 * @param primaryKey whether the column is part of the primary key
 * @param generated whether the database fills it (identity, serial, auto-increment, generated
 *     column); an insert may leave it out
 * @param autoIncrement whether the database numbers it (identity, serial sequence, AUTO_INCREMENT,
 *     SQLite AUTOINCREMENT): a schema document's SERIAL family
 */
public record ColumnInfo(
    String name,
    ColumnType type,
    boolean nullable,
    Option<String> defaultValue,
    boolean primaryKey,
    boolean generated,
    boolean autoIncrement,
    Option<String> comment) {

  public ColumnInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(comment, "comment");
  }

  public ValueKind kind() {
    return type.kind();
  }

  /** Whether an insert must give a value: not nullable, no default, not filled by the database. */
  public boolean required() {
    return !nullable && defaultValue.isEmpty() && !generated;
  }
}
