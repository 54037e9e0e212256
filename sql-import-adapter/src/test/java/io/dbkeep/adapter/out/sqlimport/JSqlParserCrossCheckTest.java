package io.dbkeep.adapter.out.sqlimport;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.format.SourceFormat;
import io.dbkeep.domain.schema.Column;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our own DDL reader (ADR 0090) checked against JSqlParser, a well-kept SQL parser: every {@code
 * CREATE TABLE} of the fixtures that JSqlParser reads gives a table of that name with the same
 * columns in the same order in our document. JSqlParser cannot read a whole dump, so each statement
 * is handed to it alone, cut out where our lexer found it.
 */
class JSqlParserCrossCheckTest {

  @ParameterizedTest
  @CsvSource({
    "POSTGRESQL, postgres-every-feature.sql",
    "POSTGRESQL, postgres-every-feature.pg_dump.sql",
    "MYSQL, mysql-every-feature.sql",
    "MYSQL, mariadb-every-feature.mysqldump.sql"
  })
  void everyTableJSqlParserReadsHasTheSameColumnsInOurDocument(SourceFormat format, String file) {
    var text = Reading.resource(file);
    var ours = Reading.read(format, text).document();
    var lexicon = format == SourceFormat.MYSQL ? Lexicon.MYSQL : Lexicon.POSTGRESQL;
    var compared = 0;
    for (var statement : Lexer.split(text, lexicon)) {
      var tokens = statement.tokens();
      if (tokens.size() < 3 || !statement.first().is("CREATE")) {
        continue;
      }
      var sql = text.substring(statement.first().start(), tokens.get(tokens.size() - 1).end());
      net.sf.jsqlparser.statement.Statement parsed;
      try {
        parsed = CCJSqlParserUtil.parse(sql);
      } catch (JSQLParserException notForIt) {
        continue; // a dialect corner JSqlParser does not read; our own tests cover it
      }
      if (!(parsed instanceof CreateTable create) || create.getColumnDefinitions() == null) {
        continue;
      }
      var name = unquoted(create.getTable().getName());
      var expected =
          create.getColumnDefinitions().stream().map(c -> unquoted(c.getColumnName())).toList();
      var table = ours.tables().stream().filter(t -> t.name().equals(name)).findFirst();
      assertThat(table).as("table %s of %s (line %d)", name, file, statement.line()).isPresent();
      assertThat(table.get().columns().stream().map(Column::name).toList())
          .as("columns of %s in %s (line %d)", name, file, statement.line())
          .isEqualTo(expected);
      compared++;
    }
    assertThat(compared).as("CREATE TABLE statements JSqlParser read in %s", file).isGreaterThan(1);
  }

  private static String unquoted(String name) {
    if (name.length() >= 2) {
      var first = name.charAt(0);
      var last = name.charAt(name.length() - 1);
      if ((first == '"' && last == '"') || (first == '`' && last == '`')) {
        return name.substring(1, name.length() - 1);
      }
    }
    return name;
  }
}
