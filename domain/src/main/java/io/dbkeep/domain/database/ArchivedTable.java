package io.dbkeep.domain.database;

import io.vavr.collection.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One table in a backup archive.
 *
 * @param name the table's name
 * @param columns its columns, in the order of the archived rows
 * @param primaryKey the primary key's columns (empty when it has none)
 * @param rows how many rows were archived
 * @param sha256 the SHA-256 of the archived rows (lower-case hex), as PostgreSQL's COPY wrote them
 */
public record ArchivedTable(
    String name, List<ArchivedColumn> columns, List<String> primaryKey, long rows, String sha256) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public ArchivedTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(primaryKey, "primaryKey");
    if (name.isBlank() || columns.isEmpty()) {
      throw new IllegalArgumentException("an archived table needs a name and columns");
    }
    if (rows < 0) {
      throw new IllegalArgumentException("rows must not be negative");
    }
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
  }

  /**
   * A column of an archived table.
   *
   * @param name its name
   * @param type its PostgreSQL type as {@code format_type} spells it
   * @param notNull whether it refuses nulls
   */
  public record ArchivedColumn(String name, String type, boolean notNull) {
    public ArchivedColumn {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }
}
