package io.dbkeep.adapter.out.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.Position;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SvgAndPngSchemaWriterTest {

  private final SvgSchemaWriter svg = new SvgSchemaWriter();
  private final PngSchemaWriter png = new PngSchemaWriter();

  private static org.w3c.dom.Document parse(byte[] bytes) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  @Test
  void drawsTablesWithTheirColoursKeysTypesAndEscapedNames() throws Exception {
    var bytes = svg.write(Diagrams.blog(), Engine.POSTGRESQL);
    var dom = parse(bytes);
    var text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(dom.getElementsByTagName("g").getLength()).isGreaterThan(5);
    assertThat(text)
        .contains("fill=\"#22c55e\"") // users' header
        .contains("fill=\"#3b82f6\"") // posts: the designer's default
        .contains(">blog posts &lt;&amp;&gt;</text>")
        .contains(">PK</text>")
        .contains(">FK</text>")
        .contains(">U</text>")
        .contains(">VARCHAR(255)</text>")
        .contains(">DECIMAL(10,2)?</text>")
        .contains(">ENUM?</text>")
        .contains(">1:N</text>")
        .contains(">N:M</text>")
        .contains(">1:1</text>")
        .contains(">Tagging</text>")
        .contains(">second line</text>");
    var relations = 0;
    var groups = dom.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      if (((Element) groups.item(i)).getAttribute("class").equals("relation")) {
        relations++;
      }
    }
    assertThat(relations).as("the relation to a missing table is not drawn").isEqualTo(3);
  }

  @Test
  void aTableInAGroupIsPlacedRelativeToItAndAnUnplacedOneRightOfEverything() {
    var layout = DiagramLayout.of(Diagrams.blog());
    assertThat(layout.tables.get("t-tags").x()).isEqualTo(830);
    assertThat(layout.tables.get("t-tags").y()).isEqualTo(90);
    var loose = layout.tables.get("t-loose");
    for (var map : List.of(layout.tables, layout.groups, layout.notes)) {
      map.forEach(
          (id, box) -> {
            if (!id.equals("t-loose")) {
              assertThat(loose.x()).as(id).isGreaterThan(box.right());
            }
          });
    }
  }

  @Test
  void isDeterministicAndTotal() {
    assertThat(svg.write(Diagrams.blog(), Engine.MYSQL))
        .isEqualTo(svg.write(Diagrams.blog(), Engine.MYSQL));
    assertThat(new String(svg.write(SchemaDocument.empty(), Engine.MYSQL), StandardCharsets.UTF_8))
        .contains("<svg");
    var hostile =
        Table.of(
                "x",
                "\u0000\uFFFF<script>alert(1)</script>\uD83D\uDE00",
                List.of(Column.builder("c", "]]>--", ColumnType.TEXT).build()))
            .withColor("url(javascript:alert(1))")
            .withPosition(Position.of(-1e300, 1e300));
    var text =
        new String(
            svg.write(SchemaDocument.of(List.of(hostile), List.of()), Engine.MYSQL),
            StandardCharsets.UTF_8);
    assertThat(text)
        .doesNotContain("<script")
        .doesNotContain("javascript:")
        .doesNotContain("\u0000");
  }

  @Test
  void rendersAPngWithoutABrowserInTheDesignersColours() throws Exception {
    var bytes = png.write(Diagrams.blog(), Engine.POSTGRESQL);
    assertThat(bytes).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    var image = ImageIO.read(new ByteArrayInputStream(bytes));
    var layout = DiagramLayout.of(Diagrams.blog());
    assertThat(image.getWidth())
        .isEqualTo((int) Math.floor(layout.maxX - layout.minX + 2 * DiagramLayout.PADDING));
    var users = layout.tables.get("t-users");
    int x = (int) (users.x() - layout.minX + DiagramLayout.PADDING + 150);
    int y = (int) (users.y() - layout.minY + DiagramLayout.PADDING + 5);
    assertThat(image.getRGB(x, y) & 0xFFFFFF).isEqualTo(0x22c55e);
  }

  @Test
  void aHugeCanvasIsScaledDownToTheImageLimits() throws Exception {
    var tables = new ArrayList<Table>();
    tables.add(
        Table.of("a", "a", List.of(Column.builder("c", "c", ColumnType.INT).build()))
            .withPosition(Position.of(0, 0)));
    tables.add(
        Table.of("b", "b", List.of(Column.builder("c", "c", ColumnType.INT).build()))
            .withPosition(Position.of(1_000_000, 400_000)));
    var image =
        ImageIO.read(
            new ByteArrayInputStream(
                png.write(SchemaDocument.of(tables, List.of()), Engine.MYSQL)));
    assertThat(image.getWidth()).isLessThanOrEqualTo(PngSchemaWriter.MAX_SIDE);
    assertThat((long) image.getWidth() * image.getHeight())
        .isLessThanOrEqualTo(PngSchemaWriter.MAX_PIXELS);
  }

  private static SchemaDocument unplaced(int count, int columns) {
    var tables = new ArrayList<Table>();
    for (int i = 0; i < count; i++) {
      var list = new ArrayList<Column>();
      for (int c = 0; c < columns; c++) {
        list.add(Column.builder("c" + c, "column_" + c, ColumnType.INTEGER).build());
      }
      tables.add(Table.of("t" + i, "table_" + i, list));
    }
    return SchemaDocument.of(tables, List.of());
  }

  @Test
  void aDiagramWithTooManyOrTooSmallLabelsIsRasterisedAsAnOverviewOfShapes() throws Exception {
    var many = unplaced(2_500, 3);
    var layout = DiagramLayout.of(many);
    assertThat(PngSchemaWriter.labelled(many, 1.0)).as("10,000 labels").isFalse();
    assertThat(PngSchemaWriter.labelled(Diagrams.blog(), 1.0)).isTrue();
    assertThat(PngSchemaWriter.labelled(Diagrams.blog(), PngSchemaWriter.LEGIBLE_SCALE / 2))
        .as("labels 6 px high")
        .isFalse();
    var overview = svg.svg(many, layout, false);
    assertThat(overview).doesNotContain("<text").doesNotContain("<line");
    assertThat(
            parse(overview.getBytes(StandardCharsets.UTF_8)).getElementsByTagName("g").getLength())
        .isEqualTo(2_500);

    var image = ImageIO.read(new ByteArrayInputStream(png.write(many, Engine.POSTGRESQL)));
    assertThat(image.getHeight()).isLessThanOrEqualTo(PngSchemaWriter.MAX_SIDE);
    assertThat((long) image.getWidth() * image.getHeight())
        .isLessThanOrEqualTo(PngSchemaWriter.MAX_PIXELS);
  }

  @Test
  void positionsAsFarApartAsADocumentAllowsAreScaledDownNotOverflowed() throws Exception {
    var tables = new ArrayList<Table>();
    double[][] corners = {{1e300, -1e300}, {-1e300, 1e300}, {0, 0}};
    for (int i = 0; i < corners.length; i++) {
      tables.add(
          Table.of("t" + i, "far" + i, List.of(Column.builder("c", "c", ColumnType.INT).build()))
              .withPosition(Position.of(corners[i][0], corners[i][1])));
    }
    var document = SchemaDocument.of(tables, List.of());
    assertThat(new String(svg.write(document, Engine.MYSQL), StandardCharsets.UTF_8))
        .doesNotContain("Infinity")
        .doesNotContain("NaN");
    var image = ImageIO.read(new ByteArrayInputStream(png.write(document, Engine.MYSQL)));
    assertThat(image.getWidth()).isBetween(1, PngSchemaWriter.MAX_SIDE);
    assertThat(image.getHeight()).isBetween(1, PngSchemaWriter.MAX_SIDE);
  }
}
