package io.dbkeep.domain.studio;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.format.layout.TableLayout;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.Table;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaIntrospectionTest {

  private static ColumnInfo column(
      String name, String base, ValueKind kind, boolean key, boolean auto) {
    return new ColumnInfo(
        name,
        io.dbkeep.domain.studio.ColumnType.simple(base, base, kind),
        !key,
        Option.none(),
        key,
        auto,
        auto,
        Option.none());
  }

  private static TableStructure table(String name, int columns, List<ForeignKeyInfo> keys) {
    var list = new ArrayList<ColumnInfo>();
    list.add(column("id", "int4", ValueKind.INTEGER, true, true));
    for (int i = 1; i < columns; i++) {
      list.add(column("c" + i, "int4", ValueKind.INTEGER, false, false));
    }
    return new TableStructure(
        new TableRef("public", name),
        TableKind.TABLE,
        list,
        List.of("id"),
        List.of(),
        List.of(),
        keys,
        Option.none());
  }

  @Test
  void tablesAreLaidOutAsAnImportLaysThemOutReferencedTablesFirst() {
    var tables = new ArrayList<TableStructure>();
    for (int i = 0; i < 23; i++) {
      var keys =
          i == 0
              ? List.<ForeignKeyInfo>of()
              : List.of(
                  new ForeignKeyInfo(
                      "fk_" + i,
                      List.of("c1"),
                      new TableRef("public", "t" + (i - 1) / 2),
                      List.of("id"),
                      ReferentialAction.NO_ACTION,
                      ReferentialAction.NO_ACTION));
      tables.add(table("t" + i, 2 + (i * 7) % 13, keys));
    }
    var document =
        SchemaIntrospection.toDocument(
                Engine.POSTGRESQL, new DatabaseStructure(tables, List.of()), "public")
            .document();

    var unplaced =
        document.withTables(
            document.tables().stream()
                .map(
                    t ->
                        new Table(
                            t.id(),
                            t.name(),
                            t.color(),
                            Option.none(),
                            t.parentNode(),
                            t.columns(),
                            t.indexes(),
                            t.comment(),
                            t.extra()))
                .toList());
    assertThat(document).isEqualTo(TableLayout.layout(unplaced));
    var x = new java.util.HashMap<String, Double>();
    document.tables().forEach(t -> x.put(t.id(), t.position().get().x()));
    assertThat(document.relations())
        .hasSize(22)
        .allSatisfy(r -> assertThat(x.get(r.targetTableId())).isLessThan(x.get(r.sourceTableId())));
  }

  @Test
  void foreignKeysBecomeRelationsAndSerialsAreRecognised() {
    var posts =
        table(
            "posts",
            3,
            List.of(
                new ForeignKeyInfo(
                    "fk_posts_author",
                    List.of("c1"),
                    new TableRef("public", "users"),
                    List.of("id"),
                    ReferentialAction.CASCADE,
                    ReferentialAction.NO_ACTION)));
    var users = table("users", 2, List.of());
    var result =
        SchemaIntrospection.toDocument(
            Engine.POSTGRESQL, new DatabaseStructure(List.of(posts, users), List.of()), "public");
    var document = result.document();
    assertThat(document.tables()).extracting(t -> t.name()).containsExactly("posts", "users");
    assertThat(document.tables().get(0).columns().get(0).type()).isEqualTo(ColumnType.SERIAL);
    assertThat(document.tables().get(0).columns().get(1).type()).isEqualTo(ColumnType.INTEGER);
    var relation = document.relations().get(0);
    assertThat(relation.type()).isEqualTo(RelationType.ONE_TO_MANY);
    assertThat(relation.sourceTableId()).isEqualTo(document.tables().get(0).id());
    assertThat(relation.targetTableId()).isEqualTo(document.tables().get(1).id());
    assertThat(relation.onDelete().get().sql()).isEqualTo("CASCADE");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void defaultsAreWrittenTheDocumentsWay() {
    var integer = io.dbkeep.domain.studio.ColumnType.simple("int", "int4", ValueKind.INTEGER);
    var text = io.dbkeep.domain.studio.ColumnType.simple("text", "text", ValueKind.TEXT);
    assertThat(CatalogDefaults.defaultValue(Engine.POSTGRESQL, "'42'::integer", integer))
        .isEqualTo("42");
    assertThat(CatalogDefaults.defaultValue(Engine.POSTGRESQL, "'user'::text", text))
        .isEqualTo("'user'");
    assertThat(CatalogDefaults.defaultValue(Engine.POSTGRESQL, "NULL::character varying", text))
        .isEqualTo("NULL");
    assertThat(CatalogDefaults.defaultValue(Engine.MYSQL, "current_timestamp(6)", text))
        .isEqualTo("CURRENT_TIMESTAMP");
    assertThat(CatalogDefaults.defaultValue(Engine.MYSQL, "'it''s a \\\\ b'", text))
        .isEqualTo("'it''s a \\ b'");
  }
}
