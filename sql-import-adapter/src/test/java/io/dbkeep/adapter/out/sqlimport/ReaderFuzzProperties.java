package io.dbkeep.adapter.out.sqlimport;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.format.SourceFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Never an exception, never a hang: random texts and real dumps cut, spliced and sprinkled with
 * quotes, dollars, comments and brackets either import or are refused at a place inside the text.
 */
class ReaderFuzzProperties {

  private static final List<String> DUMPS =
      List.of(
          Reading.resource("postgres-every-feature.pg_dump.sql"),
          Reading.resource("mariadb-every-feature.mysqldump.sql"),
          Reading.resource("postgres-every-feature.sql"),
          Reading.resource("mysql-every-feature.sql"));

  private static final List<String> SHARDS =
      List.of(
          "'",
          "\"",
          "`",
          "$$",
          "$a$",
          "/*",
          "*/",
          "/*!40101",
          "--",
          "#",
          "\\",
          ";",
          "(",
          ")",
          "[",
          ",",
          "E'",
          "::",
          "CREATE TABLE",
          "REFERENCES",
          "DEFAULT",
          "CHECK (",
          "\n",
          "\r",
          "\u0000",
          "ALTER TABLE x ADD",
          "PRIMARY KEY",
          "GENERATED ALWAYS AS",
          "ENUM(",
          "-",
          "COMMENT ON COLUMN");

  @Property(tries = 300)
  void randomTextsNeverThrow(
      @ForAll @StringLength(max = 400) String text, @ForAll SourceFormat format) {
    if (format == SourceFormat.DBML) {
      return;
    }
    assertTotal(format, text);
  }

  @Property(tries = 400)
  void mutatedDumpsNeverThrow(@ForAll("mutatedDumps") String text, @ForAll SourceFormat format) {
    if (format == SourceFormat.DBML) {
      return;
    }
    assertTotal(format, text);
  }

  @Property(tries = 16)
  void deepNestingAndLongRunsStayLinear(@ForAll("deep") String text, @ForAll SourceFormat format) {
    if (format == SourceFormat.DBML) {
      return;
    }
    assertTotal(format, text);
  }

  private static void assertTotal(SourceFormat format, String text) {
    var result = SqlSchemaReaders.of(format).read(text);
    if (result.isLeft()) {
      var error = result.getLeft();
      var lines = (int) text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
      assertThat(error.line()).isBetween(1, lines);
      assertThat(error.message()).isNotBlank();
    } else {
      assertThat(result.get().document()).isNotNull();
    }
  }

  @Provide
  Arbitrary<String> mutatedDumps() {
    var dump = Arbitraries.of(DUMPS);
    var shard = Arbitraries.of(SHARDS);
    return dump.flatMap(
        text ->
            Arbitraries.integers()
                .between(0, text.length())
                .list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .flatMap(
                    cuts ->
                        shard
                            .list()
                            .ofSize(cuts.size())
                            .map(
                                pieces -> {
                                  var out = new StringBuilder(text);
                                  var sorted = cuts.stream().sorted((a, b) -> b - a).toList();
                                  for (int i = 0; i < sorted.size(); i++) {
                                    var at = Math.min(sorted.get(i), out.length());
                                    if (i % 3 == 2) {
                                      out.delete(at, Math.min(out.length(), at + 40));
                                    } else {
                                      out.insert(at, pieces.get(i));
                                    }
                                  }
                                  return out.toString();
                                })));
  }

  @Provide
  Arbitrary<String> deep() {
    return Arbitraries.of(
        "CREATE TABLE t (a int DEFAULT " + "(".repeat(50_000) + "1" + ")".repeat(50_000) + ");",
        "CREATE TABLE t (a int DEFAULT " + "-".repeat(100_000) + "1);",
        "CREATE TABLE t (a int CHECK " + "(".repeat(100_000) + ");",
        "/*" + "/*".repeat(50_000) + "*/".repeat(50_000) + "*/ SELECT 1;",
        "CREATE TABLE t (" + "a int, ".repeat(20_000) + "b int);",
        "'" + "''".repeat(100_000) + "'",
        "SELECT " + "::int".repeat(50_000) + ";",
        ";".repeat(200_000));
  }
}
