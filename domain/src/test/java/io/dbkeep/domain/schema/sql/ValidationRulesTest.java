package io.dbkeep.domain.schema.sql;

import static io.dbkeep.domain.schema.ColumnType.SERIAL;
import static io.dbkeep.domain.schema.ColumnType.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.Index;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each rule object on its own: it reports its concern and nothing of the others'. */
class ValidationRulesTest {

  private static final Column ID = Column.builder("id", "id", SERIAL).primaryKey().build();

  /** A document with one problem for every rule object. */
  private static final SchemaDocument BROKEN =
      SchemaDocument.of(
              List.of(
                  Table.of(
                          "t",
                          "person",
                          List.of(
                              ID,
                              Column.builder("n", "name", VARCHAR).length(0).build(),
                              Column.builder("s", "s", SERIAL).build()))
                      .withIndexes(
                          List.of(
                              Index.of("i", List.of("nowhere"), false),
                              Index.of("j", List.of("n"), false).withName("person"))),
                  Table.of("u", "other", List.of(ID))),
              List.of(
                  Relation.of("r", RelationType.ONE_TO_MANY, "u", "id", "t", "n"),
                  Relation.of("x", RelationType.ONE_TO_MANY, "u", "id", "gone", "id")))
          .withEnums(List.of(EnumType.of("e", "mood", List.of("a", "a"))));

  private static List<Problem> run(Engine engine, Consumer<ValidationRun> rules) {
    var run = new ValidationRun(BROKEN, Dialect.of(engine), Set.of());
    rules.accept(run);
    return run.problems.stream().filter(Problem::isError).toList();
  }

  @Test
  void enumRulesReportRepeatedValues() {
    assertThat(run(Engine.POSTGRESQL, r -> r.enums.checkEnums()))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("enums[0].values[1]", "DUPLICATE_ENUM_VALUE"));
  }

  @Test
  void columnRulesReportParametersOutOfRange() {
    var table = BROKEN.tables().get(0);
    assertThat(
            run(
                Engine.POSTGRESQL,
                r -> r.columns.checkColumn(table, table.columns().get(1), "t", 1)))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("t.columns[1].length", "PARAMETER_OUT_OF_RANGE"));
  }

  @Test
  void tableKeyRulesReportIndexColumnsAndMySqlAutoIncrement() {
    var table = BROKEN.tables().get(0);
    assertThat(run(Engine.POSTGRESQL, r -> r.keys.checkTableKeys(table, "t")))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("t.indexes[0].columnIds[0]", "INDEX_COLUMN_NOT_FOUND"));
    assertThat(run(Engine.MYSQL, r -> r.keys.checkTableKeys(table, "t")))
        .extracting(Problem::code)
        .contains("MULTIPLE_AUTO_INCREMENT");
  }

  @Test
  void indexNameRulesShareTheTablesNamespace() {
    assertThat(run(Engine.POSTGRESQL, r -> r.indexNames.checkIndexNames()))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("tables[0].indexes[1].name", "DUPLICATE_NAME"));
  }

  @Test
  void relationRulesReportMissingTablesAndNonUniqueTargets() {
    assertThat(
            run(
                Engine.POSTGRESQL,
                r -> {
                  r.tables.checkTables();
                  r.problems.clear();
                  r.relations.checkRelations();
                }))
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            tuple("relations[0].targetColumnId", "FK_TARGET_NOT_UNIQUE"),
            tuple("relations[0]", "INCOMPATIBLE_TYPES"),
            tuple("relations[1].targetTableId", "RELATION_TABLE_NOT_FOUND"));
  }

  @Test
  void theRulesTogetherAreTheValidatorsReport() {
    for (var engine : Engine.values()) {
      var run = new ValidationRun(BROKEN, Dialect.of(engine), Set.of());
      run.checkDocument();
      assertThat(run.problems)
          .as(engine.displayName())
          .isEqualTo(SchemaValidator.validate(BROKEN, engine).problems());
    }
  }
}
