package io.dbkeep.adapter.out.sqlimport;

import static io.dbkeep.adapter.out.sqlimport.TableReader.shorten;
import static io.dbkeep.adapter.out.sqlimport.TableReader.where;

import io.dbkeep.adapter.out.sqlimport.Draft.ColumnDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.TableDraft;
import io.dbkeep.adapter.out.sqlimport.Expressions.Default;
import io.dbkeep.domain.schema.ColumnType;
import io.vavr.control.Option;

/**
 * A column's DEFAULT (inline or by ALTER COLUMN … SET DEFAULT): kept when a document can hold it, a
 * sequence default makes the column auto-incrementing, others are warnings; where MySQL and SQLite
 * store a type as text or integers, the default tells the type back (a random-UUID default on text
 * is a UUID, a clock default on SQLite TEXT a date or time, TRUE/FALSE on INTEGER a BOOLEAN).
 */
final class ColumnDefaults {

  private final Warnings warnings;

  ColumnDefaults(Warnings warnings) {
    this.warnings = warnings;
  }

  void apply(Expressions.Expression expression, TableDraft table, ColumnDraft column) {
    var meaning = Expressions.normalise(expression, column.type);
    if (meaning instanceof Default.None) {
      column.defaultValue = Option.none();
    } else if (meaning instanceof Default.Sequence) {
      column.autoIncrement = true;
    } else if (meaning instanceof Default.Kept kept) {
      column.defaultValue = Option.of(kept.sql());
      var declared = column.type;
      if (kept.sql().equals("gen_random_uuid()")
          && (column.type == ColumnType.CHAR
              || column.type == ColumnType.VARCHAR
              || column.type == ColumnType.TEXT)) {
        // MySQL and SQLite keep UUIDs as text: a random-UUID default says the column is one
        column.type = ColumnType.UUID;
        column.length = Option.none();
      }
      if (column.type == ColumnType.TEXT) {
        // SQLite keeps dates and times as TEXT: a clock default says which one it is
        switch (kept.sql()) {
          case "CURRENT_TIMESTAMP" -> column.type = ColumnType.TIMESTAMP;
          case "CURRENT_DATE" -> column.type = ColumnType.DATE;
          case "CURRENT_TIME" -> column.type = ColumnType.TIME;
          default -> {
            // a text default fits TEXT
          }
        }
      }
      if ((kept.sql().equals("TRUE") || kept.sql().equals("FALSE"))
          && column.type.isInteger()
          && !column.type.isSerial()) {
        // SQLite keeps booleans as INTEGER: a TRUE/FALSE default says the column is one
        column.type = ColumnType.BOOLEAN;
      }
      if (column.type != declared) {
        column.inferredFrom = Option.of(declared);
      }
    } else if (meaning instanceof Default.NotKept notKept) {
      warnings.add(
          expression.tokens().get(0).line(),
          "DEFAULT_NOT_KEPT",
          where(table, column)
              + "DEFAULT "
              + shorten(notKept.source())
              + " is not kept: documents hold literals, NULL, TRUE/FALSE and the current"
              + " date, time or timestamp or a random UUID");
    }
  }
}
