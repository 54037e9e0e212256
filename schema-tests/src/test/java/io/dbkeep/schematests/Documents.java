package io.dbkeep.schematests;

import static io.dbkeep.domain.schema.ColumnType.*;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnPair;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.Index;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/** Documents built in code, covering what the issue names. */
final class Documents {

  private Documents() {}

  /**
   * Reserved words, blanks, mixed case, unicode and long names; every type (vectors optional);
   * defaults of each kind; composite keys; a self reference; a cycle; 1:1, 1:N and N:M (one of them
   * self-referencing, one over a composite key); enums; comments; indexes.
   */
  static SchemaDocument rich(boolean withVectors) {
    var longName = "a_table_name_that_is_quite_long_so_constraint_names_are_cut";
    var tables = new ArrayList<Table>();
    tables.add(
        Table.of(
                "t-order",
                "order",
                List.of(
                    Column.builder("c-id", "id", SERIAL).primaryKey().build(),
                    Column.builder("c-user", "user", BIGINT).build(),
                    Column.builder("c-select", "Select Me", VARCHAR).length(40).unique().build(),
                    Column.builder("c-amount", "amount", DECIMAL).precision(8, 0).build(),
                    Column.builder("c-note", "note", TEXT)
                        .comment("it's a \"note\"\\ with\nnew lines -- and */ tokens")
                        .build()))
            .withComment("Orders; the table name is a reserved word")
            .withIndexes(List.of(Index.of("i-1", List.of("c-user", "c-amount"), false))));
    tables.add(
        Table.of(
            "t-user",
            "User",
            List.of(
                Column.builder("c-id", "id", BIGSERIAL).primaryKey().build(),
                Column.builder("c-email", "e-mail", VARCHAR).length(255).notNull().unique().build(),
                Column.builder("c-name", "Ünïcødé 名前", VARCHAR).length(80).build(),
                Column.builder("c-best", "best_friend", BIGINT).build(),
                Column.builder("c-fav", "favourite_order", INTEGER).build(),
                Column.builder("c-mood", "mood", ENUM)
                    .enumId("e-mood")
                    .defaultValue("'happy'")
                    .build())));
    tables.add(
        Table.of(
            "t-long",
            longName,
            List.of(
                Column.builder("c-a", "part_a", INTEGER).primaryKey().build(),
                Column.builder("c-b", "part_b", VARCHAR).length(20).primaryKey().build(),
                Column.builder(
                        "c-ref", "a_column_name_that_is_also_rather_long_for_the_limits", BIGINT)
                    .unique()
                    .build())));
    tables.add(
        Table.of(
            "t-profile",
            "profile",
            List.of(
                Column.builder("c-id", "id", INTEGER).primaryKey().build(),
                Column.builder("c-user", "user_id", BIGINT).notNull().build())));
    tables.add(
        Table.of(
            "t-tag",
            "group",
            List.of(
                Column.builder("c-id", "id", UUID)
                    .primaryKey()
                    .defaultValue("gen_random_uuid()")
                    .build())));
    tables.add(defaults());
    tables.add(allTypes(withVectors));
    var relations = new ArrayList<Relation>();
    relations.add(
        Relation.of("r-1", RelationType.ONE_TO_MANY, "t-order", "c-user", "t-user", "c-id")
            .withActions(
                Option.of(ReferentialAction.SET_NULL), Option.of(ReferentialAction.CASCADE)));
    relations.add(
        Relation.of(
            "r-2", RelationType.ONE_TO_MANY, "t-user", "c-fav", "t-order", "c-id")); // cycle
    relations.add(
        Relation.of("r-3", RelationType.ONE_TO_MANY, "t-user", "c-best", "t-user", "c-id")); // self
    relations.add(
        Relation.of("r-4", RelationType.ONE_TO_ONE, "t-profile", "c-user", "t-user", "c-id")
            .withActions(Option.of(ReferentialAction.CASCADE), Option.none()));
    relations.add(
        Relation.of("r-5", RelationType.MANY_TO_MANY, "t-order", "c-id", "t-tag", "c-id"));
    relations.add(
        Relation.of("r-6", RelationType.MANY_TO_MANY, "t-user", "c-id", "t-user", "c-id")
            .withName("friendship"));
    relations.add(
        Relation.of("r-7", RelationType.MANY_TO_MANY, "t-long", "c-a", "t-order", "c-id"));
    relations.add(
        Relation.of("r-8", RelationType.ONE_TO_MANY, "t-order", "c-user", "t-long", "c-ref")
            .withActions(
                Option.of(ReferentialAction.RESTRICT), Option.of(ReferentialAction.NO_ACTION)));
    return SchemaDocument.of(tables, relations)
        .withEnums(List.of(EnumType.of("e-mood", "mood", List.of("happy", "sad", "it's ok"))));
  }

  /**
   * Composite foreign keys: to a composite primary key with the pairs in another order than the key
   * (MySQL needs the key's order), to a unique index, a self reference, a 1:1 that needs its own
   * unique constraint, and one referencing the columns that 1:1 makes unique.
   */
  static SchemaDocument composite() {
    var tables = new ArrayList<Table>();
    tables.add(
        Table.of(
            "t-region",
            "region",
            List.of(
                Column.builder("c-country", "country", CHAR).length(2).primaryKey().build(),
                Column.builder("c-code", "code", INTEGER).primaryKey().build(),
                Column.builder("c-pcountry", "parent_country", CHAR).length(2).build(),
                Column.builder("c-pcode", "parent_code", INTEGER).build())));
    tables.add(
        Table.of(
            "t-warehouse",
            "warehouse",
            List.of(
                Column.builder("c-id", "id", SERIAL).primaryKey().build(),
                Column.builder("c-code", "region_code", INTEGER).build(),
                Column.builder("c-country", "region_country", CHAR).length(2).build())));
    tables.add(
        Table.of(
                "t-slot",
                "slot",
                List.of(
                    Column.builder("c-id", "id", BIGSERIAL).primaryKey().build(),
                    Column.builder("c-x", "x", INTEGER).notNull().build(),
                    Column.builder("c-y", "y", VARCHAR).length(10).notNull().build()))
            .withIndexes(List.of(Index.of("i-xy", List.of("c-x", "c-y"), true))));
    tables.add(
        Table.of(
            "t-booking",
            "booking",
            List.of(
                Column.builder("c-id", "id", BIGSERIAL).primaryKey().build(),
                Column.builder("c-y", "slot_y", VARCHAR).length(10).notNull().build(),
                Column.builder("c-x", "slot_x", INTEGER).notNull().build())));
    tables.add(
        Table.of(
            "t-capital",
            "capital",
            List.of(
                Column.builder("c-id", "id", INTEGER).primaryKey().build(),
                Column.builder("c-country", "country", CHAR).length(2).notNull().build(),
                Column.builder("c-code", "code", INTEGER).notNull().build())));
    tables.add(
        Table.of(
            "t-visit",
            "visit",
            List.of(
                Column.builder("c-id", "id", INTEGER).primaryKey().build(),
                Column.builder("c-code", "capital_code", INTEGER).build(),
                Column.builder("c-country", "capital_country", CHAR).length(2).build())));
    var relations = new ArrayList<Relation>();
    relations.add(
        Relation.of("r-1", RelationType.ONE_TO_MANY, "t-warehouse", "c-code", "t-region", "c-code")
            .withAdditionalColumns(List.of(ColumnPair.of("c-country", "c-country")))
            .withActions(
                Option.of(ReferentialAction.SET_NULL), Option.of(ReferentialAction.CASCADE)));
    relations.add(
        Relation.of("r-2", RelationType.ONE_TO_MANY, "t-booking", "c-x", "t-slot", "c-x")
            .withAdditionalColumns(List.of(ColumnPair.of("c-y", "c-y")))
            .withActions(Option.of(ReferentialAction.CASCADE), Option.none()));
    relations.add(
        Relation.of(
                "r-3", RelationType.ONE_TO_MANY, "t-region", "c-pcountry", "t-region", "c-country")
            .withAdditionalColumns(List.of(ColumnPair.of("c-pcode", "c-code"))));
    relations.add(
        Relation.of(
                "r-4", RelationType.ONE_TO_ONE, "t-capital", "c-country", "t-region", "c-country")
            .withAdditionalColumns(List.of(ColumnPair.of("c-code", "c-code"))));
    relations.add(
        Relation.of("r-5", RelationType.ONE_TO_MANY, "t-visit", "c-code", "t-capital", "c-code")
            .withAdditionalColumns(List.of(ColumnPair.of("c-country", "c-country"))));
    return SchemaDocument.of(tables, relations);
  }

  private static Table defaults() {
    return Table.of(
        "t-defaults",
        "defaults",
        List.of(
            Column.builder("d-1", "i", INTEGER).defaultValue("42").build(),
            Column.builder("d-2", "s", SMALLINT).defaultValue("-7").build(),
            Column.builder("d-3", "b", BIGINT).defaultValue("9007199254740993").build(),
            Column.builder("d-4", "d", DECIMAL).precision(8, 0).defaultValue("12345678").build(),
            Column.builder("d-5", "n", NUMERIC).precision(10, 3).defaultValue("(1.5)").build(),
            Column.builder("d-6", "r", REAL).defaultValue("1.5e3").build(),
            Column.builder("d-7", "dp", DOUBLE_PRECISION).defaultValue("3.14").build(),
            Column.builder("d-8", "flag", BOOLEAN).notNull().defaultValue("true").build(),
            Column.builder("d-9", "v", VARCHAR).length(20).defaultValue("'it''s'").build(),
            Column.builder("d-10", "c", CHAR).length(3).defaultValue("'abc'").build(),
            Column.builder("d-11", "t", TEXT).defaultValue("'back\\slash'").build(),
            Column.builder("d-12", "u", UUID)
                .defaultValue("'123e4567-e89b-12d3-a456-426614174000'")
                .build(),
            Column.builder("d-13", "j", JSON).defaultValue("'{\"a\": [1, 2]}'::json").build(),
            Column.builder("d-14", "day", DATE).defaultValue("CURRENT_DATE").build(),
            Column.builder("d-15", "leap", DATE).defaultValue("'2024-02-29'").build(),
            Column.builder("d-16", "at", TIME).defaultValue("'12:30:00'").build(),
            Column.builder("d-17", "attz", TIMETZ).defaultValue("current_time").build(),
            Column.builder("d-18", "created", TIMESTAMP).notNull().defaultValue("now()").build(),
            Column.builder("d-19", "fixed", TIMESTAMP)
                .defaultValue("'2024-01-31 12:30:00'")
                .build(),
            Column.builder("d-20", "zoned", TIMESTAMPTZ)
                .defaultValue("'2024-01-31T12:30:00+02:00'")
                .build(),
            Column.builder("d-21", "span", INTERVAL).defaultValue("'1 day 2 hours'").build(),
            Column.builder("d-22", "price", MONEY).defaultValue("9.99").build(),
            Column.builder("d-23", "nothing", VARCHAR).length(5).defaultValue("NULL").build(),
            Column.builder("d-24", "jb", JSONB).defaultValue("'[]'").build(),
            Column.builder("d-25", "today_ts", TIMESTAMPTZ).defaultValue("CURRENT_DATE").build()));
  }

  private static Table allTypes(boolean withVectors) {
    var columns = new ArrayList<Column>();
    columns.add(Column.builder("x-id", "id", INTEGER).primaryKey().build());
    for (var type : ColumnType.values()) {
      if (type == ENUM || type.isSerial() || (type.isVector() && !withVectors)) {
        continue;
      }
      var builder =
          Column.builder("x-" + type.name(), "col " + type.wireName().toLowerCase(), type);
      if (type == VARCHAR || type == CHAR) {
        builder.length(12);
      }
      if (type.isVector()) {
        builder.dimension(3);
      }
      columns.add(builder.build());
    }
    return Table.of("t-all", "all types", columns).withComment("one column of every type");
  }
}
