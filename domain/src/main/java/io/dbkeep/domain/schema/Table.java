package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonObject;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of a {@link SchemaDocument}: its columns in order, its indexes, and where it sits on the
 * canvas.
 *
 * <p>Immutable; the {@code with…} methods return changed copies. The primary key is the columns
 * flagged {@link Column#primaryKey()}, in column order.
 *
 * @param id the document's id, unique among tables; relations refer to it
 * @param name the SQL name
 * @param color the header colour on the canvas, e.g. {@code "#3b82f6"}
 * @param position where the table sits on the canvas
 * @param parentNode the id of the {@link Group} the table sits in
 * @param columns the columns, in order
 * @param indexes the indexes, in order
 * @param checks the CHECK constraints, in order (absent from the JSON when there are none)
 * @param comment a comment for the table
 * @param extra unknown members, kept in order
 */
public record Table(
    String id,
    String name,
    Option<String> color,
    Option<Position> position,
    Option<String> parentNode,
    List<Column> columns,
    List<Index> indexes,
    List<Check> checks,
    Option<String> comment,
    JsonObject extra) {

  public Table {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(color, "color");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(parentNode, "parentNode");
    columns = List.copyOf(columns);
    indexes = List.copyOf(indexes);
    checks = List.copyOf(checks);
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(extra, "extra");
  }

  /** A table without CHECK constraints. */
  public Table(
      String id,
      String name,
      Option<String> color,
      Option<Position> position,
      Option<String> parentNode,
      List<Column> columns,
      List<Index> indexes,
      Option<String> comment,
      JsonObject extra) {
    this(id, name, color, position, parentNode, columns, indexes, List.of(), comment, extra);
  }

  /** A table with columns and nothing else. */
  public static Table of(String id, String name, List<Column> columns) {
    return new Table(
        id,
        name,
        Option.none(),
        Option.none(),
        Option.none(),
        columns,
        List.of(),
        Option.none(),
        JsonObject.empty());
  }

  /** The column with {@code columnId}, if any. */
  public Option<Column> column(String columnId) {
    for (var column : columns) {
      if (column.id().equals(columnId)) {
        return Option.of(column);
      }
    }
    return Option.none();
  }

  /** The primary-key columns, in column order. */
  public List<Column> primaryKey() {
    var key = new ArrayList<Column>();
    for (var column : columns) {
      if (column.primaryKey()) {
        key.add(column);
      }
    }
    return List.copyOf(key);
  }

  public Table withName(String newName) {
    return new Table(
        id, newName, color, position, parentNode, columns, indexes, checks, comment, extra);
  }

  public Table withColumns(List<Column> newColumns) {
    return new Table(
        id, name, color, position, parentNode, newColumns, indexes, checks, comment, extra);
  }

  public Table withIndexes(List<Index> newIndexes) {
    return new Table(
        id, name, color, position, parentNode, columns, newIndexes, checks, comment, extra);
  }

  public Table withComment(String newComment) {
    return new Table(
        id,
        name,
        color,
        position,
        parentNode,
        columns,
        indexes,
        checks,
        Option.of(newComment),
        extra);
  }

  public Table withPosition(Position newPosition) {
    return new Table(
        id,
        name,
        color,
        Option.of(newPosition),
        parentNode,
        columns,
        indexes,
        checks,
        comment,
        extra);
  }

  public Table withColor(String newColor) {
    return new Table(
        id,
        name,
        Option.of(newColor),
        position,
        parentNode,
        columns,
        indexes,
        checks,
        comment,
        extra);
  }

  public Table withChecks(List<Check> newChecks) {
    return new Table(
        id, name, color, position, parentNode, columns, indexes, newChecks, comment, extra);
  }

  /** The check with {@code checkId}, if any. */
  public Option<Check> check(String checkId) {
    for (var check : checks) {
      if (check.id().equals(checkId)) {
        return Option.of(check);
      }
    }
    return Option.none();
  }
}
