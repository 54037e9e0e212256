package io.dbkeep.adapter.out.dbml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.dbkeep.domain.format.ImportWarning;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Check;
import org.junit.jupiter.api.Test;

/** DBML's {@code checks { … }} block and column {@code [check: `…`]} setting, in and out. */
class DbmlChecksTest {

  private static final String DBML =
      """
      Table item {
        id int [pk]
        price decimal(10,2) [check: `price >= 0`]
        name varchar(20)

        checks {
          `char_length(name) > 0 AND name <> 'x'` [name: 'name_ok']
          `price < 1e9`
          `nope > 0`
        }
      }

      TableGroup g {
        item
      }
      """;

  @Test
  void checksAreReadFromTheBlockAndColumnSettingsAndWrittenAsABlock() {
    var read = new DbmlSchemaReader().read(DBML).get();
    var table = read.document().tables().get(0);

    assertThat(table.checks())
        .extracting(c -> c.name().getOrNull(), Check::expression)
        .containsExactly(
            tuple("name_ok", "length(name) > 0 AND name <> 'x'"), tuple(null, "price >= 0"));
    assertThat(table.parentNode().isDefined()).as("the group keeps the checks").isTrue();
    assertThat(read.warnings())
        .filteredOn(w -> w.code().equals("CHECK_NOT_KEPT"))
        .extracting(ImportWarning::line)
        .containsExactly(8, 9);

    var written = new DbmlSchemaWriter().text(read.document(), Engine.POSTGRESQL);
    assertThat(written)
        .contains(
            "  checks {\n"
                + "    `length(name) > 0 AND name <> 'x'` [name: 'name_ok']\n"
                + "    `price >= 0`\n"
                + "  }\n");
    var again = new DbmlSchemaReader().read(written).get();
    assertThat(again.document().tables().get(0).checks()).isEqualTo(table.checks());
    assertThat(again.warnings()).noneMatch(w -> w.code().equals("CHECK_NOT_KEPT"));
  }

  @Test
  void aMalformedChecksBlockIsASyntaxErrorWithItsLine() {
    var result = new DbmlSchemaReader().read("Table t {\n  a int\n  checks {\n    a > 0\n  }\n}\n");

    assertThat(result.isLeft()).isTrue();
    assertThat(result.getLeft().toString()).contains("4");
  }
}
