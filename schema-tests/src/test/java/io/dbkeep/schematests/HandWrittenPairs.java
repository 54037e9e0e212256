package io.dbkeep.schematests;

import static io.dbkeep.domain.schema.ColumnType.*;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnPair;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.Index;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Document pairs (A, B), one per kind of change, for the migration tests on real engines. */
final class HandWrittenPairs {

  private HandWrittenPairs() {}

  private static final Column ID = Column.builder("id", "id", INTEGER).primaryKey().build();
  private static final Column NAME = Column.builder("n", "name", VARCHAR).length(40).build();
  private static final Column CODE = Column.builder("c", "code", VARCHAR).length(20).build();
  private static final Column MOOD = Column.builder("m", "mood", ENUM).enumId("e").build();
  private static final EnumType MOODS = EnumType.of("e", "mood", List.of("happy", "sad", "ok"));

  private static SchemaDocument one(Table table) {
    return SchemaDocument.of(List.of(table), List.of()).withEnums(List.of(MOODS));
  }

  private static Table person(Column... more) {
    var columns = new java.util.ArrayList<Column>(List.of(ID, NAME, CODE, MOOD));
    columns.addAll(List.of(more));
    return Table.of("p", "person", columns);
  }

  private static Table pet(Column... more) {
    var columns =
        new java.util.ArrayList<Column>(
            List.of(
                Column.builder("id", "id", SERIAL).primaryKey().build(),
                Column.builder("o", "owner", INTEGER).build()));
    columns.addAll(List.of(more));
    return Table.of("q", "pet", columns);
  }

  private static final Relation OWNS =
      Relation.of("r", RelationType.ONE_TO_MANY, "q", "o", "p", "id")
          .withActions(Option.of(ReferentialAction.SET_NULL), Option.none());

  private static SchemaDocument two(Table person, Table pet, Relation... relations) {
    return SchemaDocument.of(List.of(person, pet), List.of(relations)).withEnums(List.of(MOODS));
  }

  static Map<String, SchemaDocument[]> all() {
    var pairs = new LinkedHashMap<String, SchemaDocument[]>();
    var base = two(person(), pet(), OWNS);
    pairs.put(
        "two columns swap names",
        new SchemaDocument[] {
          one(person()),
          one(
              Table.of(
                  "p",
                  "person",
                  List.of(
                      ID,
                      NAME.toBuilder().name("code").build(),
                      CODE.toBuilder().name("name").build(),
                      MOOD)))
        });
    pairs.put(
        "two tables swap names, the foreign key follows",
        new SchemaDocument[] {base, two(person().withName("pet"), pet().withName("person"), OWNS)});
    pairs.put(
        "an enum loses a value and renames another",
        new SchemaDocument[] {
          one(person()),
          one(person()).withEnums(List.of(EnumType.of("e", "feeling", List.of("glad", "sad"))))
        });
    pairs.put(
        "an enum gains values in the middle and at the end",
        new SchemaDocument[] {
          one(person()),
          one(person())
              .withEnums(
                  List.of(EnumType.of("e", "mood", List.of("happy", "meh", "sad", "ok", "new"))))
        });
    pairs.put(
        "a column becomes NOT NULL with a default, unique, commented and wider",
        new SchemaDocument[] {
          one(person()),
          one(
              person()
                  .withColumns(
                      List.of(
                          ID,
                          NAME.toBuilder()
                              .length(80)
                              .notNull()
                              .defaultValue("'nobody'")
                              .unique()
                              .comment("who it's")
                              .build(),
                          CODE,
                          MOOD)))
        });
    pairs.put(
        "the primary key becomes composite and the key becomes a serial",
        new SchemaDocument[] {
          base,
          two(
              person(),
              pet()
                  .withColumns(
                      List.of(
                          Column.builder("id", "id", INTEGER).primaryKey().build(),
                          Column.builder("o", "owner", INTEGER).build(),
                          Column.builder("k", "kind", VARCHAR)
                              .length(10)
                              .primaryKey()
                              .defaultValue("'cat'")
                              .build())),
              OWNS)
        });
    pairs.put(
        "the referenced key's table is renamed and the action changes",
        new SchemaDocument[] {
          base,
          two(
              person().withName("people"),
              pet(),
              OWNS.withActions(
                  Option.of(ReferentialAction.CASCADE), Option.of(ReferentialAction.CASCADE)))
        });
    pairs.put(
        "an N:M relation appears and its tables are renamed",
        new SchemaDocument[] {
          base,
          two(
              person().withName("owners"),
              pet().withName("animals"),
              OWNS,
              Relation.of("mm", RelationType.MANY_TO_MANY, "p", "id", "q", "id")
                  .withName("owners_animals"))
        });
    pairs.put(
        "indexes come, go and are renamed with their table",
        new SchemaDocument[] {
          one(person().withIndexes(List.of(Index.of("i1", List.of("n"), false)))),
          one(
              person()
                  .withName("humans")
                  .withIndexes(
                      List.of(
                          Index.of("i1", List.of("n"), false),
                          Index.of("i2", List.of("c", "n"), true))))
        });
    pairs.put(
        "a table is dropped with its relation, another added with a comment",
        new SchemaDocument[] {
          base,
          SchemaDocument.of(
                  List.of(
                      person(),
                      Table.of(
                              "z",
                              "zoo",
                              List.of(Column.builder("id", "id", BIGSERIAL).primaryKey().build()))
                          .withComment("new it's")),
                  List.of())
              .withEnums(List.of(MOODS))
        });
    var zone =
        Table.of(
                "z",
                "zone",
                List.of(
                    ID,
                    Column.builder("x", "x", INTEGER).notNull().build(),
                    Column.builder("zn", "zone_name", VARCHAR).length(20).build()))
            .withIndexes(List.of(Index.of("zi", List.of("id", "x"), true)));
    var site =
        Table.of(
            "s",
            "site",
            List.of(
                Column.builder("id", "id", SERIAL).primaryKey().build(),
                Column.builder("zid", "zone_id", INTEGER).build(),
                Column.builder("zx", "zone_x", INTEGER).build()));
    var single = Relation.of("rz", RelationType.ONE_TO_MANY, "s", "zid", "z", "id");
    var composite =
        single
            .withAdditionalColumns(List.of(ColumnPair.of("zx", "x")))
            .withActions(Option.of(ReferentialAction.SET_NULL), Option.none());
    pairs.put(
        "a foreign key gains a column pair (and loses it going down)",
        new SchemaDocument[] {
          SchemaDocument.of(List.of(zone, site), List.of(single)),
          SchemaDocument.of(List.of(zone, site), List.of(composite))
        });
    var renamedZone =
        zone.withName("area")
            .withColumns(
                List.of(
                    ID,
                    Column.builder("x", "area_x", INTEGER).notNull().build(),
                    Column.builder("zn", "zone_name", VARCHAR).length(20).build()));
    var renamedSite =
        site.withColumns(
            List.of(
                Column.builder("id", "id", SERIAL).primaryKey().build(),
                Column.builder("zid", "area_id", INTEGER).build(),
                Column.builder("zx", "area_x", INTEGER).build(),
                Column.builder("note", "note", TEXT).build()));
    pairs.put(
        "the columns of a composite foreign key and its tables are renamed",
        new SchemaDocument[] {
          SchemaDocument.of(List.of(zone, site), List.of(composite)),
          SchemaDocument.of(List.of(renamedZone, renamedSite), List.of(composite))
        });
    return pairs;
  }
}
