package io.dbkeep.domain.format.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.Position;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TableLayoutTest {

  private static Table table(String id, int columns) {
    var list = new ArrayList<Column>();
    for (int i = 0; i < columns; i++) {
      list.add(Column.builder("c" + i, "c" + i, ColumnType.INTEGER).build());
    }
    return Table.of(id, id, list);
  }

  private static Relation fk(String id, String source, String target) {
    return Relation.of(id, RelationType.ONE_TO_MANY, source, "c0", target, "c0");
  }

  @Test
  void referencedTablesStandLeftOfTheTablesThatReferenceThem() {
    var document =
        SchemaDocument.of(
            List.of(table("lines", 3), table("orders", 4), table("users", 2), table("tags", 1)),
            List.of(
                fk("r1", "lines", "orders"),
                fk("r2", "orders", "users"),
                fk("r3", "lines", "lines")));

    var laid = TableLayout.layout(document);

    var x = laid.tables().stream().mapToDouble(t -> t.position().get().x()).toArray();
    assertThat(x[2]).isLessThan(x[1]);
    assertThat(x[1]).isLessThan(x[0]);
    assertThat(x[3]).isEqualTo(x[2]);
    assertThat(TableLayout.layout(document)).as("deterministic").isEqualTo(laid);
  }

  @Test
  void noTwoBoxesOverlapEvenWithCyclesAndPlacedTablesKeepTheirPlace() {
    var random = new Random(7);
    var tables = new ArrayList<Table>();
    var relations = new ArrayList<Relation>();
    for (int i = 0; i < 60; i++) {
      var table = table("t" + i, 1 + random.nextInt(30));
      tables.add(i == 5 ? table.withPosition(Position.of(400, 300)) : table);
    }
    for (int i = 0; i < 120; i++) {
      relations.add(fk("r" + i, "t" + random.nextInt(60), "t" + random.nextInt(60)));
    }

    var laid = TableLayout.layout(SchemaDocument.of(tables, relations)).tables();

    assertThat(laid.get(5).position().get()).isEqualTo(Position.of(400, 300));
    for (int a = 0; a < laid.size(); a++) {
      for (int b = a + 1; b < laid.size(); b++) {
        var p = laid.get(a).position().get();
        var q = laid.get(b).position().get();
        var apart =
            p.x() + TableLayout.WIDTH <= q.x()
                || q.x() + TableLayout.WIDTH <= p.x()
                || p.y() + TableLayout.height(laid.get(a)) <= q.y()
                || q.y() + TableLayout.height(laid.get(b)) <= p.y();
        assertThat(apart).as("%s and %s overlap", laid.get(a).name(), laid.get(b).name()).isTrue();
      }
    }
  }

  @Test
  void aLayerIsAsWideAsItsWidestTableWhenTheCallerGivesWidths() {
    var document =
        SchemaDocument.of(
            List.of(table("wide", 2), table("narrow", 1), table("child", 3)),
            List.of(fk("r1", "child", "wide")));

    var laid = TableLayout.layout(document, t -> t.name().equals("wide") ? 700 : 10).tables();

    assertThat(laid.get(0).position().get()).isEqualTo(Position.of(0, 0));
    assertThat(laid.get(1).position().get().x()).as("same layer as wide").isEqualTo(0);
    assertThat(laid.get(2).position().get().x()).isEqualTo(700 + TableLayout.GAP_X);
    assertThat(TableLayout.layout(document, t -> 10))
        .as("no narrower than WIDTH: the same as the default")
        .isEqualTo(TableLayout.layout(document));
  }
}
