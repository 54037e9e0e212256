package io.dbkeep.adapter.out.dbml;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.format.ImportError;
import io.dbkeep.domain.format.ImportWarning;
import io.dbkeep.domain.format.ImportedSchema;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DbmlSchemaReaderTest {

  private final DbmlSchemaReader reader = new DbmlSchemaReader();

  static String corpus(String name) {
    try (var in = DbmlSchemaReaderTest.class.getResourceAsStream("corpus/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ImportedSchema read(String text) {
    var result = reader.read(text);
    assertThat(result.isRight()).as("%s", result).isTrue();
    return result.get();
  }

  private ImportError error(String text) {
    var result = reader.read(text);
    assertThat(result.isLeft()).as("%s", result).isTrue();
    return result.getLeft();
  }

  private static Table table(SchemaDocument document, String name) {
    return document.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static Column column(Table table, String name) {
    return table.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void readsTheProjectsEngineNameAndWarnsAboutItsNote() {
    var schema = read(corpus("everything.dbml"));
    assertThat(schema.engine().get()).isEqualTo(Engine.POSTGRESQL);
    assertThat(schema.name().get()).isEqualTo("shop");
    assertThat(schema.warnings())
        .extracting(ImportWarning::code, ImportWarning::line)
        .contains(org.assertj.core.groups.Tuple.tuple("PROJECT_NOTE_IGNORED", 4));
  }

  @Test
  void readsTablesWithAliasColourNoteAndColumnSettings() {
    var document = read(corpus("everything.dbml")).document();
    var users = table(document, "users");
    assertThat(users.color().get()).isEqualTo("#3498DB");
    assertThat(users.comment().get()).isEqualTo("Users of the\nshop");
    var id = column(users, "id");
    assertThat(id.type()).isEqualTo(ColumnType.SERIAL);
    assertThat(id.primaryKey()).isTrue();
    assertThat(id.nullable()).isFalse();
    var email = column(users, "email");
    assertThat(email.type()).isEqualTo(ColumnType.VARCHAR);
    assertThat(email.length().get()).isEqualTo(255);
    assertThat(email.nullable()).isFalse();
    assertThat(email.unique()).isTrue();
    assertThat(email.comment().get()).isEqualTo("login");
    var display = column(users, "display name");
    assertThat(display.type()).isEqualTo(ColumnType.VARCHAR);
    assertThat(display.length().get()).isEqualTo(80);
    assertThat(display.nullable()).isTrue();
    var score = column(users, "score");
    assertThat(score.precision().get()).isEqualTo(10);
    assertThat(score.scale().get()).isEqualTo(2);
    assertThat(score.defaultValue().get()).isEqualTo("0.5");
    assertThat(column(users, "negative").defaultValue().get()).isEqualTo("-1");
    assertThat(column(users, "active").defaultValue().get()).isEqualTo("true");
    assertThat(column(users, "created_at").defaultValue().get()).isEqualTo("now()");
    assertThat(column(users, "bio").defaultValue().get()).isEqualTo("'it''s me'");
    assertThat(column(users, "nothing").defaultValue().get()).isEqualTo("null");
  }

  @Test
  void readsEnumsAndWarnsAboutValueNotes() {
    var schema = read(corpus("everything.dbml"));
    var status = schema.document().enums().get(0);
    assertThat(status.name()).isEqualTo("order_status");
    assertThat(status.values()).containsExactly("created", "in transit", "done");
    var orders = table(schema.document(), "orders");
    assertThat(column(orders, "status").type()).isEqualTo(ColumnType.ENUM);
    assertThat(column(orders, "status").enumId().get()).isEqualTo(status.id());
    assertThat(schema.warnings())
        .anySatisfy(w -> assertThat(w.code()).isEqualTo("ENUM_VALUE_NOTE_IGNORED"));
  }

  @Test
  void readsIndexesCompositeUniqueNamedAndPrimaryKeys() {
    var schema = read(corpus("everything.dbml"));
    var orders = table(schema.document(), "orders");
    assertThat(orders.indexes()).hasSize(2);
    var first = orders.indexes().get(0);
    assertThat(first.unique()).isTrue();
    assertThat(first.name().get()).isEqualTo("orders_user_status");
    assertThat(first.columnIds())
        .containsExactly(column(orders, "user_id").id(), column(orders, "status").id());
    var items = table(schema.document(), "order_items");
    assertThat(items.primaryKey()).extracting(Column::name).containsExactly("order_id", "line");
    assertThat(items.indexes()).isEmpty();
    assertThat(schema.warnings())
        .extracting(ImportWarning::code)
        .contains("INDEX_SETTING_IGNORED", "INDEX_EXPRESSION_IGNORED", "SCHEMA_IGNORED");
  }

  @Test
  void readsEveryKindOfReferenceWithActions() {
    var document = read(corpus("everything.dbml")).document();
    var users = table(document, "users");
    var orders = table(document, "orders");
    var items = table(document, "order_items");
    var products = table(document, "products");
    var relations = document.relations();
    assertThat(relations).hasSize(5);
    var inline = relations.get(0);
    assertThat(inline.sourceTableId()).isEqualTo(orders.id());
    assertThat(inline.sourceColumnId()).isEqualTo(column(orders, "user_id").id());
    assertThat(inline.targetTableId()).isEqualTo(users.id());
    assertThat(inline.type()).isEqualTo(RelationType.ONE_TO_MANY);
    var cascade = relations.get(1);
    assertThat(cascade.sourceTableId()).isEqualTo(items.id());
    assertThat(cascade.onDelete().get()).isEqualTo(ReferentialAction.CASCADE);
    assertThat(cascade.onUpdate().get()).isEqualTo(ReferentialAction.NO_ACTION);
    var reversed = relations.get(2);
    assertThat(reversed.name().get()).isEqualTo("items_products");
    assertThat(reversed.sourceTableId()).isEqualTo(items.id());
    assertThat(reversed.targetTableId()).isEqualTo(products.id());
    assertThat(relations.get(3).type()).isEqualTo(RelationType.ONE_TO_ONE);
    var manyToMany = relations.get(4);
    assertThat(manyToMany.type()).isEqualTo(RelationType.MANY_TO_MANY);
    assertThat(manyToMany.name().get()).isEqualTo("tags");
    assertThat(manyToMany.onDelete().get()).isEqualTo(ReferentialAction.SET_NULL);
  }

  @Test
  void readsTableGroupsAndStickyNotes() {
    var document = read(corpus("everything.dbml")).document();
    var group = document.groups().get(0);
    assertThat(group.name()).isEqualTo("sales");
    assertThat(group.color().get()).isEqualTo("#ff0000");
    assertThat(table(document, "orders").parentNode().get()).isEqualTo(group.id());
    assertThat(table(document, "order_items").parentNode().get()).isEqualTo(group.id());
    assertThat(table(document, "users").parentNode().isEmpty()).isTrue();
    assertThat(document.notes())
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.name()).isEqualTo("welcome");
              assertThat(note.content()).isEqualTo("Read me first");
            });
  }

  @Test
  void aCompositeReferenceIsOneRelationWithEveryColumnPairInOrder() {
    var schema =
        read(
            """
            Table a { x int
              y int
              indexes { (x, y) [pk] } }
            Table b { x int
              y int }
            Ref: b.(y, x) > a.(y, x) [delete: cascade]
            Ref: a.(x, y) <> b.(x, y)
            """);
    var document = schema.document();
    var a = document.tables().get(0);
    var b = document.tables().get(1);
    assertThat(document.relations()).hasSize(2);
    var composite = document.relations().get(0);
    assertThat(composite.sourceTableId()).isEqualTo(b.id());
    assertThat(composite.sourceColumnIds())
        .containsExactly(b.columns().get(1).id(), b.columns().get(0).id());
    assertThat(composite.targetColumnIds())
        .containsExactly(a.columns().get(1).id(), a.columns().get(0).id());
    assertThat(document.relations().get(1).isComposite()).isFalse();
    assertThat(schema.warnings())
        .extracting(ImportWarning::code, ImportWarning::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("COMPOSITE_N_M_REF", 7));
    var written = new DbmlSchemaWriter().text(document, io.dbkeep.domain.project.Engine.POSTGRESQL);
    assertThat(written).contains("Ref: b.(y, x) > a.(y, x) [delete: cascade]");
    assertThat(read(written).document()).isEqualTo(document);
  }

  @Test
  void unknownTypesAreReadAsTextWithAWarningAndWrittenBackAsTheyWere() {
    var schema = read("Table t {\n  geom geometry(Point, 4326)\n  tags text[]\n}");
    var geom = schema.document().tables().get(0).columns().get(0);
    assertThat(geom.type()).isEqualTo(ColumnType.TEXT);
    assertThat(schema.warnings())
        .extracting(ImportWarning::code, ImportWarning::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TYPE_UNKNOWN", 2),
            org.assertj.core.groups.Tuple.tuple("TYPE_ARRAY_IGNORED", 3));
    assertThat(new DbmlSchemaWriter().text(schema.document(), Engine.POSTGRESQL))
        .contains("geom geometry\n");
  }

  @Test
  void unresolvedReferencesAndUnsupportedElementsAreWarningsWithLines() {
    var schema =
        read(
            """
            Table a { id int }
            Ref: a.id > nowhere.id
            Ref: a.missing > a.id
            TablePartial base { created_at timestamp }
            Records a(id) { 1 }
            """);
    assertThat(schema.warnings())
        .extracting(ImportWarning::code, ImportWarning::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("REF_UNRESOLVED", 2),
            org.assertj.core.groups.Tuple.tuple("REF_UNRESOLVED", 3),
            org.assertj.core.groups.Tuple.tuple("ELEMENT_IGNORED", 4),
            org.assertj.core.groups.Tuple.tuple("ELEMENT_IGNORED", 5));
    assertThat(schema.document().relations()).isEmpty();
  }

  @Test
  void syntaxErrorsCarryLineAndColumn() {
    var missingBrace = error("Table users {\n  id int [pk\n}\n");
    assertThat(missingBrace.code()).isEqualTo(ImportError.Code.SYNTAX_ERROR);
    assertThat(missingBrace.line()).isEqualTo(3);
    assertThat(missingBrace.column()).isEqualTo(1);
    var badOperator = error("Table a { id int }\nRef: a.id = a.id");
    assertThat(badOperator.located()).startsWith("2:11:");
    var unclosed = error("Table a {\n  id int [note: 'never closed\n}");
    assertThat(unclosed.line()).isEqualTo(2);
    assertThat(unclosed.column()).isEqualTo(17);
    var comment = error("/* forever");
    assertThat(comment.located()).startsWith("1:1:");
    var stray = error("Table a { id int }\n  }");
    assertThat(stray.line()).isEqualTo(2);
  }

  @Test
  void theEmptyTextIsAnEmptyDocument() {
    assertThat(reader.read("").isRight()).isTrue();
    assertThat(reader.read("// nothing\n").get().document().tables()).isEmpty();
  }

  @Test
  void tooManyTablesOrColumnsIsTooLargeWhereTheLimitIsCrossed() {
    var small = new DbmlSchemaReader(new SchemaLimits(2, 2));
    var tables = small.read("Table a { x int }\nTable b { x int }\nTable c { x int }");
    assertThat(tables.getLeft().code()).isEqualTo(ImportError.Code.TOO_LARGE);
    assertThat(tables.getLeft().line()).isEqualTo(3);
    var columns = small.read("Table a {\n x int\n y int\n z int\n}");
    assertThat(columns.getLeft().code()).isEqualTo(ImportError.Code.TOO_LARGE);
    assertThat(columns.getLeft().line()).isEqualTo(4);
  }

  @Test
  void deeplyNestedOrHugeInputNeitherOverflowsNorHangs() {
    assertThat(reader.read("(".repeat(200_000)).isLeft()).isTrue();
    assertThat(reader.read("Table a { x int [" + "[".repeat(200_000)).isLeft()).isTrue();
    assertThat(reader.read("Table t { x decimal(" + "1,".repeat(100_000)).isLeft()).isTrue();
    var tooLong = reader.read(" ".repeat(DbmlSchemaReader.MAX_CHARACTERS + 1));
    assertThat(tooLong.getLeft().code()).isEqualTo(ImportError.Code.TOO_LARGE);
  }
}
