package io.dbkeep.domain.schema.diff;

import static io.dbkeep.domain.schema.ColumnType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Check;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.diff.SchemaChange.Kind;
import io.dbkeep.domain.schema.sql.MigrationPlanner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Check changes in the diff and the migration statements each engine writes for them. */
class CheckDiffTest {

  private static SchemaDocument document(String column, Check... checks) {
    return SchemaDocument.of(
        List.of(
            Table.of(
                    "t",
                    "item",
                    List.of(
                        Column.builder("id", "id", BIGINT).primaryKey().build(),
                        Column.builder("p", column, INTEGER).build()))
                .withChecks(List.of(checks))),
        List.of());
  }

  @Test
  void addedChangedAndDroppedChecksAreChangesAndOnlySpacingIsNot() {
    var a = document("price", Check.of("k1", "price > 0"), Check.of("k2", "price < 10"));
    var b =
        document(
            "price", Check.of("k1", "price>0"), Check.of("k3", "price <> 5").withName("not_five"));
    var c = document("price", Check.of("k1", "price >= 0"));

    assertThat(SchemaDiff.between(a, b))
        .extracting(SchemaChange::kind, SchemaChange::id, SchemaChange::destructive)
        .containsExactly(
            tuple(Kind.CHECK_ADDED, "t/check:k3", true),
            tuple(Kind.CHECK_DROPPED, "t/check:k2", false));
    assertThat(SchemaDiff.between(b, c))
        .extracting(SchemaChange::kind)
        .containsExactly(Kind.CHECK_CHANGED, Kind.CHECK_DROPPED);
  }

  @Test
  void postgresAndMySqlDropAndAddConstraintsSqliteRebuilds() {
    var a = document("price", Check.of("k1", "price > 0").withName("positive"));
    var b = document("price", Check.of("k1", "price >= 1").withName("positive"));

    var postgres = MigrationPlanner.plan(a, b, Engine.POSTGRESQL).get().sql();
    var mysql = MigrationPlanner.plan(a, b, Engine.MYSQL).get().sql();
    var sqlite = MigrationPlanner.plan(a, b, Engine.SQLITE).get().sql();

    assertThat(postgres)
        .contains("ALTER TABLE \"item\" DROP CONSTRAINT \"positive\";")
        .contains("ALTER TABLE \"item\" ADD CONSTRAINT \"positive\" CHECK (\"price\" >= 1);")
        .contains("DESTRUCTIVE: adds check positive");
    assertThat(postgres.indexOf("DROP CONSTRAINT")).isLessThan(postgres.indexOf("ADD CONSTRAINT"));
    assertThat(mysql)
        .contains("ALTER TABLE `item` DROP CONSTRAINT `positive`;")
        .contains("ALTER TABLE `item` ADD CONSTRAINT `positive` CHECK (`price` >= 1);");
    assertThat(sqlite).contains("CONSTRAINT \"positive\" CHECK (\"price\" >= 1)");
  }

  @Test
  void aRenamedColumnDropsAndReAddsTheCheckThatUsesIt() {
    var a = document("price", Check.of("k1", "price > 0").withName("positive"));
    var b = document("cost", Check.of("k1", "cost > 0").withName("positive"));
    var stale = document("cost", Check.of("k1", "price > 0").withName("positive"));

    var mysql = MigrationPlanner.plan(a, b, Engine.MYSQL).get().sql();

    assertThat(mysql.indexOf("DROP CONSTRAINT `positive`"))
        .isLessThan(mysql.indexOf("RENAME COLUMN"));
    assertThat(mysql.indexOf("RENAME COLUMN"))
        .isLessThan(mysql.indexOf("ADD CONSTRAINT `positive` CHECK (`cost` > 0)"));
    var refusal = MigrationPlanner.plan(a, stale, Engine.POSTGRESQL).getLeft();
    assertThat(refusal.code()).isEqualTo("TO_INVALID");
    assertThat(refusal.problems())
        .extracting(p -> p.path() + ": " + p.message())
        .containsExactly(
            "tables[0].checks[0].expression: at column 1: table \"item\" has no column \"price\"");
  }
}
