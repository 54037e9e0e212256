package io.dbkeep.adapter.out.sqlimport;

import static io.dbkeep.adapter.out.sqlimport.Reading.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.format.ImportError;
import io.dbkeep.domain.format.SourceFormat;
import org.junit.jupiter.api.Test;

/** Broken DDL is refused at the line and column where it breaks, with a sentence saying what. */
class SyntaxErrorTest {

  @Test
  void aTableBodyThatEndsEarlyIsRefusedJustPastItsLastToken() {
    var error = refused(SourceFormat.POSTGRESQL, "SET x = 1;\nCREATE TABLE t (\n  a int,\n");
    assertThat(error.code()).isEqualTo(ImportError.Code.SYNTAX_ERROR);
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.column()).isEqualTo(9);
    assertThat(error.message()).contains("ends");
  }

  @Test
  void aMisplacedTokenIsRefusedAtThatToken() {
    var error = refused(SourceFormat.MYSQL, "CREATE TABLE t (\n  a int NOT,\n  b int)");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.column()).isEqualTo(12);
    assertThat(error.located()).startsWith("2:12: ");
  }

  @Test
  void missingNamesAndDuplicatesAreRefused() {
    assertThat(refused(SourceFormat.SQLITE, "CREATE TABLE (a int);").message())
        .contains("table name");
    assertThat(refused(SourceFormat.POSTGRESQL, "CREATE TABLE t (a int, a text);").message())
        .contains("twice");
    assertThat(
            refused(SourceFormat.POSTGRESQL, "CREATE TABLE t (a int);\nCREATE TABLE t (b int);")
                .line())
        .isEqualTo(2);
    assertThat(refused(SourceFormat.POSTGRESQL, "CREATE TYPE e AS ENUM ('a', 1);").message())
        .contains("string literal");
    assertThat(
            refused(
                    SourceFormat.POSTGRESQL,
                    "CREATE TABLE t (a int REFERENCES u ON DELETE EXPLODE);")
                .message())
        .contains("CASCADE");
    assertThat(refused(SourceFormat.MYSQL, "CREATE TABLE t (a varchar(99999999999));").message())
        .isNotBlank();
  }

  @Test
  void anUnclosedLiteralIsRefusedWhereItOpens() {
    var error = refused(SourceFormat.MYSQL, "CREATE TABLE t (a int COMMENT 'it\\'s);\n");
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.column()).isEqualTo(31);
  }

  @Test
  void aTextOverTheLimitIsRefusedAsTooLarge() {
    var text = "-".repeat(SqlSchemaReader.MAX_CHARACTERS + 1);
    assertThat(refused(SourceFormat.POSTGRESQL, text).code()).isEqualTo(ImportError.Code.TOO_LARGE);
  }
}
