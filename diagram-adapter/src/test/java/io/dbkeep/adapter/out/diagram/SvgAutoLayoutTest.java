package io.dbkeep.adapter.out.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.format.layout.TableLayout;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.Position;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Tables without a stored position (an import, an introspected database) are drawn where the
 * domain's {@link TableLayout} puts them, as the designer shows an import: read back from the SVG
 * itself, no two table cards overlap and a referenced table stands in a layer left of every table
 * that references it.
 */
class SvgAutoLayoutTest {

  private final SvgSchemaWriter svg = new SvgSchemaWriter();

  /** A rectangle read from the SVG. */
  record Card(double x, double y, double width, double height) {
    boolean overlaps(Card other) {
      return x < other.x + other.width
          && other.x < x + width
          && y < other.y + other.height
          && other.y < y + height;
    }
  }

  /** The table cards of an SVG by the table name in their header. */
  private static Map<String, Card> cards(byte[] bytes) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    var cards = new LinkedHashMap<String, Card>();
    var groups = dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    for (int i = 0; i < groups.getLength(); i++) {
      var group = (Element) groups.item(i);
      if (!group.getAttribute("class").equals("table")) {
        continue;
      }
      var rect = (Element) group.getElementsByTagNameNS("*", "rect").item(0);
      var name = group.getElementsByTagNameNS("*", "text").item(0).getTextContent();
      cards.put(
          name,
          new Card(
              Double.parseDouble(rect.getAttribute("x")),
              Double.parseDouble(rect.getAttribute("y")),
              Double.parseDouble(rect.getAttribute("width")),
              Double.parseDouble(rect.getAttribute("height"))));
    }
    return cards;
  }

  private static Table table(String name, int columns, int nameLength) {
    var list = new ArrayList<Column>();
    for (int i = 0; i < columns; i++) {
      var columnName = i == 0 ? "id" : "c" + i + "_" + "x".repeat(nameLength);
      list.add(Column.builder(name + "-c" + i, columnName, ColumnType.INTEGER).build());
    }
    return Table.of(name, name, list);
  }

  private static Relation fk(int id, String source, String target) {
    return Relation.of(
        "r" + id, RelationType.ONE_TO_MANY, source, source + "-c1", target, target + "-c0");
  }

  /** 40 tables of random widths and heights, each referencing up to two earlier ones. */
  private static SchemaDocument randomSchema(long seed) {
    var random = new Random(seed);
    var tables = new ArrayList<Table>();
    var relations = new ArrayList<Relation>();
    for (int i = 0; i < 40; i++) {
      var name = "t" + i;
      tables.add(table(name, 2 + random.nextInt(20), random.nextBoolean() ? 3 : 60));
      for (int k = 0; k < 2 && i > 0; k++) {
        if (random.nextInt(3) > 0) {
          relations.add(fk(relations.size(), name, "t" + random.nextInt(i)));
        }
      }
    }
    // shuffle the document order: the layers come from the keys, not from the order
    var shuffled = new ArrayList<>(tables);
    Collections.shuffle(shuffled, random);
    return SchemaDocument.of(shuffled, relations);
  }

  @Test
  void unplacedTablesDoNotOverlapAndAReferencedTableStandsLeftOfItsReferrers() throws Exception {
    for (long seed = 1; seed <= 5; seed++) {
      var document = randomSchema(seed);
      var cards = cards(svg.write(document, Engine.POSTGRESQL));

      assertThat(cards).hasSize(document.tables().size());
      var names = new ArrayList<>(cards.keySet());
      for (int a = 0; a < names.size(); a++) {
        for (int b = a + 1; b < names.size(); b++) {
          var one = cards.get(names.get(a));
          var other = cards.get(names.get(b));
          assertThat(one.overlaps(other))
              .as("seed %d: %s %s and %s %s overlap", seed, names.get(a), one, names.get(b), other)
              .isFalse();
        }
      }
      for (var relation : document.relations()) {
        var referrer = cards.get(relation.sourceTableId());
        var referenced = cards.get(relation.targetTableId());
        assertThat(referenced.x() + referenced.width())
            .as(
                "seed %d: %s is left of %s",
                seed, relation.targetTableId(), relation.sourceTableId())
            .isLessThan(referrer.x());
      }
    }
  }

  @Test
  void narrowUnplacedTablesAreDrawnExactlyWhereTheImportPlacesThem() throws Exception {
    var document =
        SchemaDocument.of(
            List.of(table("lines", 3, 1), table("orders", 4, 1), table("users", 2, 1)),
            List.of(fk(1, "lines", "orders"), fk(2, "orders", "users")));
    var imported = TableLayout.layout(document);

    var cards = cards(svg.write(document, Engine.MYSQL));

    for (var table : imported.tables()) {
      var position = table.position().get();
      assertThat(cards.get(table.name()))
          .as(table.name())
          .extracting(Card::x, Card::y)
          .containsExactly(position.x(), position.y());
    }
    assertThat(cards(svg.write(imported, Engine.MYSQL)))
        .as("the same picture whether the import or the writer placed them")
        .isEqualTo(cards);
  }

  @Test
  void unplacedTablesStandRightOfEverythingPlacedWithoutTouchingIt() throws Exception {
    var placed = table("placed", 30, 60).withPosition(Position.of(500, 0));
    var tables = new ArrayList<Table>(randomSchema(9).tables());
    tables.add(3, placed);
    var document = SchemaDocument.of(tables, randomSchema(9).relations());

    var cards = cards(svg.write(document, Engine.SQLITE));

    var fixed = cards.get("placed");
    assertThat(fixed.x()).isEqualTo(500);
    cards.forEach(
        (name, card) -> {
          if (!name.equals("placed")) {
            assertThat(card.x()).as(name).isGreaterThan(fixed.x() + fixed.width());
          }
        });
  }
}
