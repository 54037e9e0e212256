package io.dbkeep.adapter.out.dbml;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Hostile input: any text, and valid DBML cut or spliced at random, is read into a document or
 * refused with an error at a line and column inside the text — never an exception.
 */
class DbmlFuzzTest {

  private final DbmlSchemaReader reader = new DbmlSchemaReader();

  @Property(tries = 2000)
  void anyTextIsReadOrRefusedWithAPosition(@ForAll @StringLength(max = 400) String text) {
    check(text);
  }

  @Property(tries = 2000)
  void mutatedDbmlIsReadOrRefusedWithAPosition(@ForAll("mutatedDbml") String text) {
    check(text);
  }

  private void check(String text) {
    var result = reader.read(text);
    if (result.isLeft()) {
      var error = result.getLeft();
      var lines = text.split("\n", -1).length;
      assertThat(error.line()).isBetween(1, lines);
      assertThat(error.message()).isNotBlank();
    } else {
      var document = result.get().document();
      // what was read is written and read again without failing
      var again =
          reader.read(new DbmlSchemaWriter().text(document, io.dbkeep.domain.project.Engine.MYSQL));
      assertThat(again.isRight()).as("%s", again).isTrue();
    }
  }

  @Provide
  Arbitrary<String> mutatedDbml() {
    var sources =
        Arbitraries.of(
            DbmlSchemaReaderTest.corpus("everything.dbml"),
            DbmlSchemaReaderTest.corpus("blog.dbml"));
    var pieces =
        Arbitraries.of(
            "{",
            "}",
            "[",
            "]",
            "(",
            ")",
            ":",
            ",",
            ".",
            "<",
            ">",
            "-",
            "<>",
            "'",
            "\"",
            "`",
            "'''",
            "/*",
            "//",
            "\n",
            "Table",
            "Ref",
            "Enum",
            "Note",
            "pk",
            "#",
            "\\",
            "\u0000",
            "indexes",
            "TableGroup",
            "Project",
            "default:",
            "ref: >",
            "ǅ",
            "😀");
    return sources.flatMap(
        source ->
            Arbitraries.integers()
                .between(0, source.length())
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .flatMap(
                    cuts ->
                        pieces
                            .list()
                            .ofSize(cuts.size())
                            .map(
                                inserts -> {
                                  var text = new StringBuilder(source);
                                  for (int i = 0; i < cuts.size(); i++) {
                                    int at = Math.min(cuts.get(i), text.length());
                                    if (i % 2 == 0) {
                                      text.insert(at, inserts.get(i));
                                    } else {
                                      text.delete(at, Math.min(text.length(), at + 3));
                                    }
                                  }
                                  return text.toString();
                                })));
  }
}
