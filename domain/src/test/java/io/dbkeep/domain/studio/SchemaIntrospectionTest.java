package io.dbkeep.domain.studio;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.RelationType;
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
  void tablesAreLaidOutWithoutOverlaps() {
    var tables = new ArrayList<TableStructure>();
    for (int i = 0; i < 23; i++) {
      tables.add(table("t" + i, 1 + (i * 7) % 13, List.of()));
    }
    var positions = SchemaIntrospection.layout(tables);
    for (int a = 0; a < tables.size(); a++) {
      for (int b = a + 1; b < tables.size(); b++) {
        var pa = positions.get(a);
        var pb = positions.get(b);
        var apart =
            pa.x() + SchemaIntrospection.WIDTH <= pb.x()
                || pb.x() + SchemaIntrospection.WIDTH <= pa.x()
                || pa.y() + SchemaIntrospection.height(tables.get(a)) <= pb.y()
                || pb.y() + SchemaIntrospection.height(tables.get(b)) <= pa.y();
        assertThat(apart).as("t%d and t%d overlap", a, b).isTrue();
      }
    }
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
    assertThat(SchemaIntrospection.defaultValue(Engine.POSTGRESQL, "'42'::integer", integer))
        .isEqualTo("42");
    assertThat(SchemaIntrospection.defaultValue(Engine.POSTGRESQL, "'user'::text", text))
        .isEqualTo("'user'");
    assertThat(SchemaIntrospection.defaultValue(Engine.POSTGRESQL, "NULL::character varying", text))
        .isEqualTo("NULL");
    assertThat(SchemaIntrospection.defaultValue(Engine.MYSQL, "current_timestamp(6)", text))
        .isEqualTo("CURRENT_TIMESTAMP");
    assertThat(SchemaIntrospection.defaultValue(Engine.MYSQL, "'it''s a \\\\ b'", text))
        .isEqualTo("'it''s a \\ b'");
  }
}
