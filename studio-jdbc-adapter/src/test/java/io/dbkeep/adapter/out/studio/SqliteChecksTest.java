package io.dbkeep.adapter.out.studio;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.studio.CheckInfo;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class SqliteChecksTest {

  private static CheckInfo named(String name, String condition) {
    return CheckInfo.of(name, condition);
  }

  private static CheckInfo unnamed(String condition) {
    return new CheckInfo(Option.none(), condition, true);
  }

  @Test
  void namedAndUnnamedChecksAtColumnAndTableLevelAreReadInOrder() {
    var sql =
        "CREATE TABLE t (a INTEGER CHECK (a > 0), b TEXT CONSTRAINT b_short CHECK"
            + " (length(b) < 5), CONSTRAINT \"range\" CHECK (a BETWEEN 1 AND 9), CHECK (b <> 'x'))";

    assertThat(SqliteChecks.read(sql))
        .containsExactly(
            unnamed("a > 0"),
            named("b_short", "length(b) < 5"),
            named("range", "a BETWEEN 1 AND 9"),
            unnamed("b <> 'x'"));
  }

  @Test
  void parenthesesQuotesAndCommentsInsideStringsAndNamesDoNotEndOrStartACheck() {
    var sql =
        "CREATE TABLE \"t(\" (\"a)\" TEXT, CONSTRAINT \"x \"\" ) -- y\" CHECK (\"a)\" IN (')',"
            + " 'it''s', '--', '/*', 'CHECK (z)')), [CHECK] INTEGER, `b``)` TEXT"
            + " CONSTRAINT [c)] CHECK (\"b`)\" <> '(('))";

    assertThat(SqliteChecks.read(sql))
        .containsExactly(
            named("x \" ) -- y", "\"a)\" IN (')', 'it''s', '--', '/*', 'CHECK (z)')"),
            named("c)", "\"b`)\" <> '(('"));
  }

  @Test
  void commentsAroundAndInsideAreSkippedAndKeptAsTheEngineWouldReadThem() {
    var sql =
        "CREATE TABLE t ( -- CHECK (not this)\n a INTEGER /* CHECK (nor this) */,\n"
            + " CONSTRAINT /* c */ ok CHECK ( (a) -- ) not the end\n > 0 ))";

    assertThat(SqliteChecks.read(sql)).containsExactly(named("ok", "(a) -- ) not the end\n > 0"));
  }

  @Test
  void aCheckInsideADefaultOrAGeneratedColumnIsNoConstraint() {
    var sql =
        "CREATE TABLE t (a TEXT DEFAULT (CHECK_THIS()), b INTEGER GENERATED ALWAYS AS (a"
            + " CHECK (1)) VIRTUAL, c INTEGER CHECK (c >= 0)) WITHOUT ROWID";

    assertThat(SqliteChecks.read(sql)).containsExactly(unnamed("c >= 0"));
  }

  @Test
  void unicodeNamesAndAConstraintThatIsNoCheckAreRead() {
    var sql =
        "CREATE TABLE t (prix REAL, CONSTRAINT clé_primaire PRIMARY KEY (prix),"
            + " CONSTRAINT \"prix ≥ 0 ✓\" CHECK (prix >= 0), CHECK (prix < 1e6))";

    assertThat(SqliteChecks.read(sql))
        .containsExactly(named("prix ≥ 0 ✓", "prix >= 0"), unnamed("prix < 1e6"));
  }

  @Test
  void unbalancedOrTruncatedTextGivesWhatWasFoundBeforeAndNoException() {
    assertThat(SqliteChecks.read("CREATE TABLE t (a INTEGER CHECK (a > 0), CHECK (a < ("))
        .containsExactly(unnamed("a > 0"));
    assertThat(SqliteChecks.read("CREATE TABLE t (a TEXT CHECK (a <> 'unterminated)")).isEmpty();
    assertThat(SqliteChecks.read("CREATE TABLE t (a /* open comment CHECK (a)")).isEmpty();
    assertThat(SqliteChecks.read(null)).isEmpty();
    assertThat(SqliteChecks.read("")).isEmpty();
  }

  @Test
  void deeplyNestedConditionsAreReadWithoutRecursion() {
    var nested = "(".repeat(100_000) + "a" + ")".repeat(100_000);
    var sql = "CREATE TABLE t (a INTEGER, CHECK (" + nested + "))";

    assertThat(SqliteChecks.read(sql)).containsExactly(unnamed(nested));
  }
}
