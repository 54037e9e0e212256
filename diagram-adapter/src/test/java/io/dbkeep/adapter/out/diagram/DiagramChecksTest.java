package io.dbkeep.adapter.out.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.schema.Check;
import io.dbkeep.domain.schema.SchemaDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagrams draw tables, columns and relations: CHECK constraints change nothing in them. */
class DiagramChecksTest {

  private static SchemaDocument withChecks(SchemaDocument document) {
    var tables =
        document.tables().stream()
            .map(
                t ->
                    t.withChecks(
                        List.of(
                            Check.of("k1", "\"" + t.columns().get(0).name() + "\" IS NOT NULL")
                                .withName("ck <&> \"x\""),
                            Check.of("k2", "this is not even an expression ); --"))))
            .toList();
    return new SchemaDocument(
        document.formatVersion(),
        tables,
        document.relations(),
        document.groups(),
        document.notes(),
        document.enums(),
        document.extra());
  }

  @Test
  void mermaidAndSvgIgnoreChecksEvenBrokenOnes() {
    var plain = Diagrams.blog();
    var checked = withChecks(plain);

    assertThat(new MermaidSchemaWriter().text(checked))
        .isEqualTo(new MermaidSchemaWriter().text(plain));
    var svg = new SvgSchemaWriter(DrawingTurn.WAIT, 20_000_000);
    assertThat(svg.svg(checked)).isEqualTo(svg.svg(plain));
  }
}
