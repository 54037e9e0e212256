package io.dbkeep.benchmarks;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark documents: {@code tables} tables of 10 columns each (a serial key, strings, numbers,
 * dates, JSON, a UUID, and foreign-key columns) and 1.5 relations per table, valid on every engine.
 */
public final class GeneratedDocuments {

  private GeneratedDocuments() {}

  public static SchemaDocument generate(int tableCount) {
    var random = new Random(42);
    var tables = new ArrayList<Table>(tableCount);
    var relations = new ArrayList<Relation>(tableCount * 3 / 2);
    for (int t = 0; t < tableCount; t++) {
      tables.add(
          Table.of(
              "t" + t,
              "table_" + t,
              List.of(
                  Column.builder("id", "id", ColumnType.SERIAL).primaryKey().build(),
                  Column.builder("name", "name", ColumnType.VARCHAR).length(120).notNull().build(),
                  Column.builder("code", "code", ColumnType.VARCHAR).length(40).unique().build(),
                  Column.builder("amount", "amount", ColumnType.DECIMAL)
                      .precision(12, 2)
                      .defaultValue("0")
                      .build(),
                  Column.builder("created", "created_at", ColumnType.TIMESTAMPTZ)
                      .notNull()
                      .defaultValue("now()")
                      .build(),
                  Column.builder("meta", "meta", ColumnType.JSONB).build(),
                  Column.builder("flag", "active", ColumnType.BOOLEAN)
                      .notNull()
                      .defaultValue("true")
                      .build(),
                  Column.builder("uuid", "external_id", ColumnType.UUID).build(),
                  Column.builder("fk1", "parent_id", ColumnType.INTEGER).build(),
                  Column.builder("fk2", "owner_id", ColumnType.INTEGER).build())));
    }
    for (int t = 0; t < tableCount; t++) {
      relations.add(relation(relations.size(), t, "fk1", random.nextInt(tableCount)));
      if (t % 2 == 0) {
        relations.add(relation(relations.size(), t, "fk2", random.nextInt(tableCount)));
      }
    }
    return SchemaDocument.of(tables, relations);
  }

  private static Relation relation(int index, int source, String column, int target) {
    return Relation.of(
            "r" + index, RelationType.ONE_TO_MANY, "t" + source, column, "t" + target, "id")
        .withActions(Option.of(ReferentialAction.SET_NULL), Option.none());
  }
}
