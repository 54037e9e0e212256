package io.dbkeep.adapter.out.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MermaidSchemaWriterTest {

  private final MermaidSchemaWriter writer = new MermaidSchemaWriter();

  @Test
  void writesEntitiesWithKeysAndRelationshipsInCrowsFoot() {
    var text = writer.text(Diagrams.blog());
    assertThat(text)
        .startsWith("erDiagram\n")
        .contains("  users {\n")
        .contains("    serial id PK\n")
        .contains("    varchar(255) email FK, UK \"login #quot;name#quot;\"\n")
        .contains("    role role\n")
        .contains("  blog_posts____[\"blog posts <&>\"] {\n")
        .contains("    integer author_id FK\n")
        .contains("    decimal(10-2) price\n")
        .contains("  users ||--o{ blog_posts____ : \"author id\"\n")
        .contains("  tags }o--o{ blog_posts____ : \"post_tags\"\n")
        .contains("  users ||--o| users : \"email\"\n")
        .contains("  %% relation r4 names a table that does not exist\n");
  }

  @Test
  void everyColumnOfACompositeForeignKeyIsMarkedAndNamedInTheLabel() {
    var column =
        (java.util.function.BiFunction<String, Boolean, io.dbkeep.domain.schema.Column>)
            (name, nullable) ->
                io.dbkeep.domain.schema.Column.builder(
                        name, name, io.dbkeep.domain.schema.ColumnType.INTEGER)
                    .nullable(nullable)
                    .build();
    var region =
        io.dbkeep.domain.schema.Table.of(
            "r", "region", java.util.List.of(column.apply("a", false), column.apply("b", false)));
    var city =
        io.dbkeep.domain.schema.Table.of(
            "c", "city", java.util.List.of(column.apply("ra", false), column.apply("rb", true)));
    var relation =
        io.dbkeep.domain.schema.Relation.of(
                "x", io.dbkeep.domain.schema.RelationType.ONE_TO_MANY, "c", "ra", "r", "a")
            .withAdditionalColumns(
                java.util.List.of(io.dbkeep.domain.schema.ColumnPair.of("rb", "b")));
    var text =
        writer.text(
            SchemaDocument.of(java.util.List.of(region, city), java.util.List.of(relation)));

    assertThat(text)
        .contains("    integer ra FK\n")
        .contains("    integer rb FK\n")
        .contains("  region |o--o{ city : \"ra, rb\"\n");
  }

  @Test
  void isDeterministicAndTotalOnTheEmptyDocument() {
    assertThat(writer.write(Diagrams.blog(), Engine.MYSQL))
        .isEqualTo(writer.write(Diagrams.blog(), Engine.MYSQL));
    assertThat(writer.text(SchemaDocument.empty())).isEqualTo("erDiagram\n");
  }

  @Test
  void namesThatCollideOnceMadeIntoWordsStayApart() {
    var doc =
        SchemaDocument.of(
            java.util.List.of(
                io.dbkeep.domain.schema.Table.of("a", "a b", java.util.List.of()),
                io.dbkeep.domain.schema.Table.of("b", "a_b", java.util.List.of())),
            java.util.List.of());
    assertThat(writer.text(doc)).contains("  a_b[\"a b\"] {").contains("  a_b_2[\"a_b\"] {");
  }

  /**
   * The hostile document's Mermaid text is kept as a file that web-ui's {@code
   * mermaidExport.test.ts} gives to Mermaid's own parser (the {@code mermaid} package); this test
   * keeps the file equal to what the writer writes. After a deliberate change of the writer, run it
   * with {@code -Ddbkeep.writeFixtures=true} to write the file anew.
   */
  @Test
  void theHostileDocumentsTextIsTheFileMermaidsOwnParserReads() throws Exception {
    var text = writer.text(Diagrams.hostileForMermaid());
    if (Boolean.getBoolean("dbkeep.writeFixtures")) {
      Files.writeString(HOSTILE_FIXTURE, text, StandardCharsets.UTF_8);
    }

    assertThat(text).isEqualTo(Files.readString(HOSTILE_FIXTURE, StandardCharsets.UTF_8));
  }

  private static final Path HOSTILE_FIXTURE =
      Path.of("src/test/resources/io/dbkeep/adapter/out/diagram/hostile-er.mmd");
}
