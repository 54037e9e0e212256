package io.dbkeep.domain.schema.diff;

import static io.dbkeep.domain.schema.ColumnType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.Index;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.diff.SchemaChange.Kind;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

  private static final Column ID = Column.builder("id", "id", SERIAL).primaryKey().build();
  private static final Column NAME =
      Column.builder("n", "name", VARCHAR).length(40).notNull().build();
  private static final Column MOOD = Column.builder("m", "mood", ENUM).enumId("e").build();
  private static final EnumType MOODS = EnumType.of("e", "mood", List.of("happy", "sad", "ok"));

  private static SchemaDocument document(List<Column> columns) {
    return SchemaDocument.of(List.of(Table.of("t", "person", columns)), List.of())
        .withEnums(List.of(MOODS));
  }

  private static final SchemaDocument BASE = document(List.of(ID, NAME, MOOD));

  @Test
  void theSameDocumentHasNoChanges() {
    assertThat(SchemaDiff.between(BASE, BASE)).isEmpty();
  }

  @Test
  void positionsColoursAndGroupsAreNoChanges() {
    var moved =
        BASE.withTables(
            List.of(
                BASE.tables()
                    .get(0)
                    .withPosition(
                        new io.dbkeep.domain.schema.Position(
                            10, 20, io.dbkeep.domain.json.JsonObject.empty()))
                    .withColor("#fff")));
    assertThat(SchemaDiff.between(BASE, moved)).isEmpty();
  }

  @Test
  void aRenamedTableAndColumnAreRenamesNotDropsAndAdds() {
    var renamed =
        document(List.of(ID, NAME.toBuilder().name("full_name").build(), MOOD))
            .withTables(
                List.of(
                    Table.of(
                        "t",
                        "people",
                        List.of(ID, NAME.toBuilder().name("full_name").build(), MOOD))));
    assertThat(SchemaDiff.between(BASE, renamed))
        .extracting(SchemaChange::kind, SchemaChange::subject, SchemaChange::destructive)
        .containsExactly(
            tuple(Kind.TABLE_RENAMED, "people", false),
            tuple(Kind.COLUMN_RENAMED, "people.full_name", false));
  }

  @Test
  void narrowingIsDestructiveAndWideningIsNot() {
    var wider = document(List.of(ID, NAME.toBuilder().length(80).build(), MOOD));
    var narrower = document(List.of(ID, NAME.toBuilder().length(10).build(), MOOD));
    assertThat(SchemaDiff.between(BASE, wider))
        .extracting(SchemaChange::kind, SchemaChange::destructive)
        .containsExactly(tuple(Kind.COLUMN_LENGTH_CHANGED, false));
    assertThat(SchemaDiff.between(BASE, narrower))
        .extracting(SchemaChange::kind, SchemaChange::destructive)
        .containsExactly(tuple(Kind.COLUMN_LENGTH_CHANGED, true));
    var toText = document(List.of(ID, NAME.toBuilder().type(TEXT).build(), MOOD));
    assertThat(SchemaDiff.between(BASE, toText).get(0).destructive()).isFalse();
    var toInt = document(List.of(ID, NAME.toBuilder().type(INTEGER).build(), MOOD));
    assertThat(SchemaDiff.between(BASE, toInt).get(0).destructive()).isTrue();
  }

  @Test
  void notNullWithoutADefaultIsDestructiveAndWithOneIsNot() {
    var nullable = document(List.of(ID, NAME.toBuilder().nullable(true).build(), MOOD));
    var tightened = SchemaDiff.between(nullable, BASE);
    assertThat(tightened)
        .extracting(SchemaChange::kind, SchemaChange::destructive)
        .containsExactly(tuple(Kind.COLUMN_NULLABILITY_CHANGED, true));
    var withDefault = document(List.of(ID, NAME.toBuilder().defaultValue("'x'").build(), MOOD));
    assertThat(SchemaDiff.between(nullable, withDefault))
        .extracting(SchemaChange::kind, SchemaChange::destructive)
        .containsExactly(
            tuple(Kind.COLUMN_NULLABILITY_CHANGED, false),
            tuple(Kind.COLUMN_DEFAULT_CHANGED, false));
  }

  @Test
  void droppedColumnsAndTablesAreDestructive() {
    var fewer = document(List.of(ID, MOOD));
    assertThat(SchemaDiff.between(BASE, fewer))
        .extracting(SchemaChange::kind, SchemaChange::subject, SchemaChange::destructive)
        .containsExactly(tuple(Kind.COLUMN_DROPPED, "person.name", true));
    var none = SchemaDocument.empty().withEnums(List.of(MOODS));
    assertThat(SchemaDiff.between(BASE, none))
        .extracting(SchemaChange::kind, SchemaChange::destructive)
        .containsExactly(tuple(Kind.TABLE_DROPPED, true));
  }

  @Test
  void enumValuesAreAddedRenamedByPositionAndRemoved() {
    var changed =
        BASE.withEnums(List.of(EnumType.of("e", "feeling", List.of("glad", "sad", "meh", "new"))));
    assertThat(SchemaDiff.between(BASE, changed))
        .extracting(SchemaChange::kind, SchemaChange::before, SchemaChange::after)
        .containsExactly(
            tuple(Kind.ENUM_RENAMED, Option.of("mood"), Option.of("feeling")),
            tuple(Kind.ENUM_VALUE_RENAMED, Option.of("happy"), Option.of("glad")),
            tuple(Kind.ENUM_VALUE_RENAMED, Option.of("ok"), Option.of("meh")),
            tuple(Kind.ENUM_VALUE_ADDED, Option.none(), Option.of("new")));
    var removed = BASE.withEnums(List.of(EnumType.of("e", "mood", List.of("happy", "ok"))));
    assertThat(SchemaDiff.between(BASE, removed))
        .extracting(SchemaChange::kind, SchemaChange::destructive)
        .containsExactly(tuple(Kind.ENUM_VALUE_REMOVED, true));
  }

  @Test
  void aUniqueOrKeyColumnAddedWithAFixedDefaultIsDataDependent() {
    var code = Column.builder("c", "code", VARCHAR).length(10).defaultValue("'A'");
    var uniqueWithDefault = document(List.of(ID, NAME, MOOD, code.unique().build()));
    var plainWithDefault =
        document(
            List.of(
                ID,
                NAME,
                MOOD,
                Column.builder("c", "code", VARCHAR).length(10).defaultValue("'A'").build()));
    var uniqueWithoutDefault =
        document(
            List.of(
                ID, NAME, MOOD, Column.builder("c", "code", VARCHAR).length(10).unique().build()));

    assertThat(SchemaDiff.between(BASE, uniqueWithDefault))
        .extracting(SchemaChange::kind, SchemaChange::destructive)
        .as("every existing row would get 'A': the second row breaks the unique constraint")
        .containsExactly(tuple(Kind.COLUMN_ADDED, true));
    assertThat(SchemaDiff.between(BASE, plainWithDefault))
        .extracting(SchemaChange::destructive)
        .containsExactly(false);
    assertThat(SchemaDiff.between(BASE, uniqueWithoutDefault))
        .extracting(SchemaChange::destructive)
        .as("NULLs do not collide")
        .containsExactly(false);
  }

  @Test
  void makingAColumnUniqueOrAKeyCanFailOnExistingRowsAndUndoingItCannot() {
    var unique = document(List.of(ID, NAME.toBuilder().unique().build(), MOOD));

    assertThat(SchemaDiff.between(BASE, unique))
        .extracting(SchemaChange::kind, SchemaChange::destructive)
        .containsExactly(tuple(Kind.COLUMN_UNIQUE_CHANGED, true));
    assertThat(SchemaDiff.between(unique, BASE))
        .extracting(SchemaChange::kind, SchemaChange::destructive)
        .containsExactly(tuple(Kind.COLUMN_UNIQUE_CHANGED, false));
  }

  @Test
  void everyColumnAttributeIsItsOwnChange() {
    var changed =
        document(
            List.of(
                Column.builder("id", "id", INTEGER).primaryKey().build(),
                NAME.toBuilder().unique().comment("who").defaultValue("'x'").build(),
                MOOD));
    assertThat(SchemaDiff.between(BASE, changed))
        .extracting(SchemaChange::kind)
        .containsExactly(
            Kind.COLUMN_AUTO_INCREMENT_CHANGED,
            Kind.COLUMN_DEFAULT_CHANGED,
            Kind.COLUMN_UNIQUE_CHANGED,
            Kind.COLUMN_COMMENT_CHANGED);
  }

  @Test
  void relationsAndIndexesAreMatchedById() {
    var other =
        Table.of("o", "pet", List.of(ID, Column.builder("p", "person_id", INTEGER).build()));
    var relation = Relation.of("r", RelationType.ONE_TO_MANY, "o", "p", "t", "id");
    var a = SchemaDocument.of(List.of(BASE.tables().get(0), other), List.of(relation));
    var b =
        SchemaDocument.of(
            List.of(
                BASE.tables().get(0).withIndexes(List.of(Index.of("i", List.of("n"), true))),
                other),
            List.of(
                relation.withActions(Option.of(ReferentialAction.CASCADE), Option.none()),
                Relation.of("mm", RelationType.MANY_TO_MANY, "o", "id", "t", "id")));
    assertThat(SchemaDiff.between(a, b))
        .extracting(SchemaChange::kind, SchemaChange::destructive)
        .containsExactly(
            tuple(Kind.INDEX_ADDED, false),
            tuple(Kind.RELATION_CHANGED, false),
            tuple(Kind.RELATION_ADDED, false));
    var renamedTarget =
        SchemaDocument.of(
            List.of(BASE.tables().get(0).withName("human"), other), List.of(relation));
    assertThat(SchemaDiff.between(a, renamedTarget))
        .extracting(SchemaChange::kind)
        .as("renaming a relation's table does not change the relation")
        .containsExactly(Kind.TABLE_RENAMED);
    assertThat(SchemaDiff.between(b, a))
        .extracting(SchemaChange::kind, SchemaChange::destructive)
        .containsExactly(
            tuple(Kind.INDEX_DROPPED, false),
            tuple(Kind.RELATION_CHANGED, false),
            tuple(Kind.RELATION_DROPPED, true));
  }
}
