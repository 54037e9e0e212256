package io.dbkeep.adapter.out.sqlimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile texts for the statement splitter: a ';' inside anything quoted never splits. */
class LexerTest {

  private static List<Statement> pg(String text) {
    return Lexer.split(text, Lexicon.POSTGRESQL);
  }

  private static List<Statement> my(String text) {
    return Lexer.split(text, Lexicon.MYSQL);
  }

  private static List<Statement> lite(String text) {
    return Lexer.split(text, Lexicon.SQLITE);
  }

  @Test
  void semicolonsInsideStringsCommentsAndDollarQuotesDoNotSplit() {
    var statements =
        pg(
            "SELECT 'a;b';\n"
                + "CREATE FUNCTION f() RETURNS int AS $fn$ SELECT 1; SELECT $$;$$; $fn$ LANGUAGE sql;\n"
                + "/* outer /* nested; */ still comment; */ SELECT 2;\n"
                + "SELECT E'it\\'s; here';\n"
                + "SELECT \"semi;colon\" FROM x -- trailing; comment\n;");
    assertThat(statements).hasSize(5);
    assertThat(statements.get(1).tokens())
        .anyMatch(t -> t.text().equals(" SELECT 1; SELECT $$;$$; "));
    assertThat(statements.get(2).line()).isEqualTo(3);
    assertThat(statements.get(3).tokens().get(1).text()).isEqualTo("it's; here");
    assertThat(statements.get(4).tokens().get(1).text()).isEqualTo("semi;colon");
  }

  @Test
  void mysqlBackslashEscapesDoubleQuotedStringsAndExecutableComments() {
    var statements =
        my(
            "/*!40101 SET NAMES utf8mb4 */;\n"
                + "INSERT INTO t VALUES ('it\\'s; \\\\', \"x;\\\"y\");\n"
                + "/*M!999999\\- enable the sandbox mode */\n"
                + "# a hash comment; still comment\n"
                + "SELECT 1--1;\n");
    assertThat(statements).hasSize(3);
    assertThat(statements.get(0).tokens())
        .extracting(Token::text)
        .containsExactly("SET", "NAMES", "utf8mb4");
    assertThat(statements.get(1).tokens().get(5).text()).isEqualTo("it's; \\");
    assertThat(statements.get(1).tokens().get(7).text()).isEqualTo("x;\"y");
    assertThat(statements.get(2).tokens())
        .extracting(Token::text)
        .containsExactly("SELECT", "1", "-", "-", "1");
  }

  @Test
  void linesAndColumnsCountAcrossMultiLineLiteralsAndCrLf() {
    var statements = pg("SELECT 'a\r\nb\nc';\r\n  CREATE TABLE t ();");
    assertThat(statements.get(1).first().line()).isEqualTo(4);
    assertThat(statements.get(1).first().column()).isEqualTo(3);
  }

  @Test
  void anUnterminatedStringIsRefusedWhereItStarts() {
    assertThatThrownBy(() -> pg("SELECT 1;\nSELECT 'never closed;\n\n"))
        .isInstanceOfSatisfying(
            SqlSyntaxException.class,
            e -> {
              assertThat(e.toError().line()).isEqualTo(2);
              assertThat(e.toError().column()).isEqualTo(8);
              assertThat(e.getMessage()).contains("string literal").contains("not closed");
            });
  }

  @Test
  void unterminatedCommentsNamesAndDollarQuotesAreRefused() {
    assertThatThrownBy(() -> pg("/* a /* b */")).hasMessageContaining("comment");
    assertThatThrownBy(() -> pg("SELECT \"x")).hasMessageContaining("quoted name");
    assertThatThrownBy(() -> pg("SELECT $a$ x $b$")).hasMessageContaining("$a$");
    assertThatThrownBy(() -> my("/*!40101 SET x = 1;")).hasMessageContaining("executable comment");
    assertThatThrownBy(() -> Lexer.split("SELECT [x", Lexicon.SQLITE))
        .hasMessageContaining("quoted name");
  }

  @Test
  void psqlCommandsAreStatementsOfTheirOwnAndCopyDataIsSkipped() {
    var statements =
        pg(
            "\\restrict abc\nCOPY t (a) FROM stdin;\n1\t'unbalanced\n\\.\nSELECT 1;\n\\unrestrict abc\n");
    assertThat(statements)
        .extracting(s -> s.first().text())
        .containsExactly("\\restrict abc", "COPY", "SELECT", "\\unrestrict abc");
  }

  @Test
  void eachRoutineOfAMysqlDelimiterBlockIsOneStatementOfItsHeaderAtItsLine() {
    var statements =
        my(
            "DELIMITER ;;\nCREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW BEGIN SET @a = 1; END ;;\n"
                + "/*!50003 CREATE*/ /*!50020 DEFINER=`root`@`%`*/ /*!50003 PROCEDURE `p`(OUT n INT)\n"
                + "BEGIN SELECT 1 INTO n; END ;;\nDELIMITER ;\nSELECT 1;");
    assertThat(statements).hasSize(4);
    assertThat(statements.get(0).first().text()).isEqualTo("DELIMITER");
    assertThat(statements.get(1).tokens())
        .extracting(Token::text)
        .containsExactly("CREATE", "TRIGGER", "x", "BEFORE", "INSERT", "ON", "t", "FOR");
    assertThat(statements.get(1).tokens())
        .as("never read as DDL: quoted, not keywords")
        .noneMatch(token -> token.is("CREATE"));
    assertThat(statements.get(2).tokens())
        .extracting(Token::text)
        .containsExactly("CREATE", "PROCEDURE", "p");
    assertThat(statements.get(2).first().line()).isEqualTo(3);
    assertThat(statements.get(3).first().text()).isEqualTo("SELECT");
  }

  @Test
  void aSqliteTriggerWithItsBodyIsOneStatementCaseEndsIncluded() {
    var statements =
        lite(
            "CREATE TEMP TRIGGER t AFTER INSERT ON x BEGIN\n"
                + "  UPDATE y SET v = CASE WHEN NEW.a THEN 1 ELSE 2 END;\n"
                + "  DELETE FROM z;\nEND;\nCREATE TABLE q (a INT);");
    assertThat(statements).hasSize(2);
    assertThat(statements.get(0).tokens().get(statements.get(0).tokens().size() - 1).text())
        .isEqualTo("END");
    assertThat(statements.get(1).first().line()).isEqualTo(5);
  }

  @Test
  void aTriggerBodyOfAMillionStatementsIsReadInOnePass() {
    var body =
        "CREATE TRIGGER t AFTER INSERT ON x BEGIN " + "SELECT 1;".repeat(1_000_000) + " END;";
    assertThat(lite(body)).hasSize(1);
  }
}
