package io.dbkeep.adapter.out.studio;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.out.studio.SqlScript.Flavor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The splitter agrees with PostgreSQL's lexer on the inputs that once let a read-only Studio write
 * (issue 15, finding 2). The splitter is only a convenience: read-only is enforced by the database
 * session, which {@link JdbcStudioPortContract} proves on real servers.
 */
class SqlScriptTest {

  private static List<String> texts(String script, Flavor flavor) {
    return SqlScript.split(script, flavor).stream().map(SqlScript.Statement::text).toList();
  }

  @Test
  void aQuoteAfterAWordEndingInEIsAPlainStringNotAnEscapeString() {
    assertThat(texts("SELECT name'\\'; COMMIT; DELETE FROM project; -- '", Flavor.POSTGRESQL))
        .containsExactly("SELECT name'\\'", "COMMIT", "DELETE FROM project");
  }

  @Test
  void anEscapeStringStartsOnlyWithAStandaloneE() {
    assertThat(texts("SELECT E'a\\'; b'; SELECT 2", Flavor.POSTGRESQL))
        .containsExactly("SELECT E'a\\'; b'", "SELECT 2");
    assertThat(texts("SELECT e'\\''; SELECT 2", Flavor.POSTGRESQL))
        .containsExactly("SELECT e'\\''", "SELECT 2");
    assertThat(texts("SELECT (E'\\\\'); SELECT 2", Flavor.POSTGRESQL)).hasSize(2);
    assertThat(texts("SELECT type'\\'; SELECT 2", Flavor.POSTGRESQL))
        .containsExactly("SELECT type'\\'", "SELECT 2");
    assertThat(texts("SELECT x_e'\\'; SELECT 2", Flavor.POSTGRESQL)).hasSize(2);
  }

  @Test
  void postgresBlockCommentsNest() {
    assertThat(
            texts(
                "SELECT 1 /* /* */ ' */ ; COMMIT; CREATE TABLE x(y int); -- '", Flavor.POSTGRESQL))
        .containsExactly("SELECT 1 /* /* */ ' */", "COMMIT", "CREATE TABLE x(y int)");
    assertThat(texts("/* a /* b */ ; */ SELECT 1; SELECT 2", Flavor.POSTGRESQL))
        .containsExactly("/* a /* b */ ; */ SELECT 1", "SELECT 2");
  }

  @Test
  void mysqlAndSqliteBlockCommentsDoNotNest() {
    assertThat(texts("SELECT 1 /* /* */ ; SELECT 2", Flavor.MYSQL)).hasSize(2);
    assertThat(texts("SELECT 1 /* /* */ ; SELECT 2", Flavor.SQLITE)).hasSize(2);
  }

  @Test
  void keywordsSkipNestedLeadingComments() {
    var statements = SqlScript.split("/* /* */ SELECT */ DELETE FROM t", Flavor.POSTGRESQL);
    assertThat(statements).hasSize(1);
    assertThat(statements.get(0).keyword()).isEqualTo("DELETE");
    assertThat(SqlScript.split("/* */ # x\nSELECT 1", Flavor.MYSQL).get(0).keyword())
        .isEqualTo("SELECT");
  }

  @Test
  void dollarQuotesAndQuotedIdentifiersHideSemicolons() {
    assertThat(texts("SELECT $q$ ; $q$; SELECT $$;$$; SELECT \"a;b\"", Flavor.POSTGRESQL))
        .hasSize(3);
    assertThat(texts("SELECT a$b$ FROM t; SELECT 2", Flavor.POSTGRESQL)).hasSize(2);
    assertThat(texts("SELECT `a;b`; SELECT 'it\\'s;'", Flavor.MYSQL)).hasSize(2);
  }

  @Test
  void mysqlExecutableCommentsAreFound() {
    assertThat(SqlScript.hasExecutableComment("/*!CREATE TABLE t (i int)*/ SELECT 1")).isTrue();
    assertThat(SqlScript.hasExecutableComment("/*M!100000 DROP TABLE t */ SELECT 1")).isTrue();
    assertThat(SqlScript.hasExecutableComment("/* plain */ SELECT 1")).isFalse();
  }
}
