package io.dbkeep.adapter.out.dbml;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DbmlSchemaWriterTest {

  private final DbmlSchemaWriter writer = new DbmlSchemaWriter();
  private final DbmlSchemaReader reader = new DbmlSchemaReader();

  @ParameterizedTest
  @ValueSource(strings = {"everything.dbml", "blog.dbml", "hazards.dbml"})
  void dbmlToDocumentToDbmlToDocumentIsEqual(String file) {
    var first = reader.read(DbmlSchemaReaderTest.corpus(file)).get();
    var written = writer.text(first.document(), first.engine().getOrElse(Engine.POSTGRESQL));
    var second = reader.read(written);
    assertThat(second.isRight()).as("%s\n%s", second, written).isTrue();
    assertThat(second.get().document()).as(written).isEqualTo(first.document());
    assertThat(writer.text(second.get().document(), second.get().engine().get()))
        .isEqualTo(written);
  }

  @Test
  void writesQuotedNamesTypesKeysDefaultsAndReferences() {
    var users =
        Table.of(
            "u",
            "table",
            List.of(
                Column.builder("id", "id", ColumnType.BIGSERIAL).primaryKey().build(),
                Column.builder("n", "full name", ColumnType.VARCHAR)
                    .length(80)
                    .notNull()
                    .defaultValue("'it''s'")
                    .build(),
                Column.builder("p", "price", ColumnType.DECIMAL).precision(10, 2).build(),
                Column.builder("d", "at", ColumnType.TIMESTAMPTZ).defaultValue("now()").build(),
                Column.builder("f", "ratio", ColumnType.DOUBLE_PRECISION).build()));
    var posts =
        Table.of(
            "p",
            "posts",
            List.of(
                Column.builder("id", "id", ColumnType.INTEGER).primaryKey().build(),
                Column.builder("a", "author", ColumnType.BIGINT).build()));
    var document =
        SchemaDocument.of(
            List.of(users, posts),
            List.of(Relation.of("r", RelationType.ONE_TO_MANY, "p", "a", "u", "id")));
    var text = writer.text(document, Engine.MYSQL);
    assertThat(text)
        .contains("database_type: 'MySQL'")
        .contains("Table \"table\" {")
        .contains("  id bigserial [pk]")
        .contains("  \"full name\" varchar(80) [not null, default: 'it\\'s']")
        .contains("  price decimal(10,2)")
        .contains("  at timestamptz [default: `now()`]")
        .contains("  ratio \"double precision\"")
        .contains("Ref: posts.author > \"table\".id");
    assertThat(writer.write(document, Engine.MYSQL))
        .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aRelationToAMissingTableIsACommentNotAFailure() {
    var document =
        SchemaDocument.of(
            List.of(Table.of("t", "t", List.of(Column.builder("c", "c", ColumnType.INT).build()))),
            List.of(Relation.of("r1", RelationType.ONE_TO_MANY, "t", "c", "gone", "x")));
    assertThat(writer.text(document, Engine.SQLITE)).contains("// relation r1 is not written");
    assertThat(reader.read(writer.text(document, Engine.SQLITE)).isRight()).isTrue();
  }
}
