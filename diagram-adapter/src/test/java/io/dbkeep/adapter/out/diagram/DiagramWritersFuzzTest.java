package io.dbkeep.adapter.out.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.Position;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Any names, colours and positions: Mermaid and SVG are written, and the SVG is well-formed XML.
 */
class DiagramWritersFuzzTest {

  @Property(tries = 300)
  void anyNamesColoursAndPositionsAreDrawn(
      @ForAll @StringLength(max = 60) String tableName,
      @ForAll @StringLength(max = 60) String columnName,
      @ForAll @StringLength(max = 20) String color,
      @ForAll @DoubleRange(min = -1e9, max = 1e9) double x,
      @ForAll @DoubleRange(min = -1e9, max = 1e9) double y)
      throws Exception {
    var table =
        Table.of(
                "t",
                tableName,
                List.of(
                    Column.builder("c", columnName, ColumnType.VARCHAR)
                        .length(10)
                        .comment(tableName)
                        .build()))
            .withColor(color)
            .withPosition(Position.of(x, y));
    var document =
        SchemaDocument.of(
            List.of(table, Table.of("u", columnName, List.of())),
            List.of(Relation.of("r", RelationType.ONE_TO_ONE, "t", "c", "t", "c")));
    assertThat(new MermaidSchemaWriter().write(document, Engine.POSTGRESQL)).isNotEmpty();
    var svg = new SvgSchemaWriter().write(document, Engine.POSTGRESQL);
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    assertThat(
            factory
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg))
                .getDocumentElement()
                .getTagName())
        .isEqualTo("svg");
  }
}
