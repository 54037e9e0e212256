package io.dbkeep.domain.schema.sql;

import static io.dbkeep.domain.schema.ColumnType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.Index;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaValidatorTest {

  private static Column id() {
    return Column.builder("id", "id", SERIAL).primaryKey().build();
  }

  private static SchemaDocument tables(Table... tables) {
    return SchemaDocument.of(List.of(tables), List.of());
  }

  private static List<Problem> errors(SchemaDocument document, Engine engine) {
    return SchemaValidator.validate(document, engine).errors();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void namesMustBeThereAndDistinctCaseInsensitively(Engine engine) {
    var document =
        tables(
            Table.of("a", "Users", List.of(id(), Column.builder("x", "ID", INTEGER).build())),
            Table.of("b", "users", List.of(id())),
            Table.of("b", " ", List.of()));

    assertThat(errors(document, engine))
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            tuple("tables[0].columns[1].name", "DUPLICATE_NAME"),
            tuple("tables[1].name", "DUPLICATE_NAME"),
            tuple("tables[2].id", "DUPLICATE_ID"),
            tuple("tables[2].name", "BLANK_NAME"),
            tuple("tables[2].columns", "NO_COLUMNS"));
  }

  @Test
  void identifierLimitsDifferPerEngine() {
    var document = tables(Table.of("a", "é".repeat(32), List.of(id())));

    assertThat(errors(document, Engine.POSTGRESQL))
        .extracting(Problem::code)
        .containsExactly("NAME_TOO_LONG");
    assertThat(errors(document, Engine.MYSQL)).isEmpty();
    assertThat(errors(tables(Table.of("a", "x".repeat(65), List.of(id()))), Engine.MYSQL))
        .extracting(Problem::code)
        .containsExactly("NAME_TOO_LONG");
    assertThat(errors(tables(Table.of("a", "emoji 😀", List.of(id()))), Engine.MYSQL))
        .extracting(Problem::code)
        .containsExactly("INVALID_NAME");
    assertThat(errors(tables(Table.of("a", "sqlite_x", List.of(id()))), Engine.SQLITE))
        .extracting(Problem::code)
        .containsExactly("INVALID_NAME");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void typeParametersAreCheckedForTheEngine(Engine engine) {
    var document =
        tables(
            Table.of(
                "a",
                "a",
                List.of(
                    id(),
                    Column.builder("v", "v", VARCHAR).length(0).build(),
                    Column.builder("d", "d", DECIMAL).precision(4, 5).build(),
                    Column.builder("e", "e", VECTOR).dimension(16_001).build())));

    assertThat(errors(document, engine))
        .extracting(Problem::path)
        .containsExactly(
            "tables[0].columns[1].length",
            "tables[0].columns[2].scale",
            "tables[0].columns[3].dimension");
    var wide =
        tables(
            Table.of(
                "a", "a", List.of(id(), Column.builder("v", "v", VARCHAR).length(20_000).build())));
    assertThat(errors(wide, Engine.MYSQL))
        .extracting(Problem::code)
        .contains("PARAMETER_OUT_OF_RANGE");
    assertThat(errors(wide, Engine.POSTGRESQL)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void relationsMustPointAtUniqueColumnsOfCompatibleTypes(Engine engine) {
    var parent =
        Table.of(
            "p", "parent", List.of(id(), Column.builder("n", "name", VARCHAR).length(10).build()));
    var child =
        Table.of(
            "c",
            "child",
            List.of(
                id(),
                Column.builder("pid", "parent_id", INTEGER).notNull().build(),
                Column.builder("big", "big_id", BIGINT).build()));
    var document =
        SchemaDocument.of(
            List.of(parent, child),
            List.of(
                Relation.of("ok", RelationType.ONE_TO_MANY, "c", "pid", "p", "id"),
                Relation.of("r1", RelationType.ONE_TO_MANY, "c", "pid", "p", "n"),
                Relation.of("r2", RelationType.ONE_TO_MANY, "c", "big", "p", "id"),
                Relation.of("r3", RelationType.ONE_TO_MANY, "c", "pid", "p", "id")
                    .withActions(Option.of(ReferentialAction.SET_NULL), Option.none()),
                Relation.of("r4", RelationType.ONE_TO_MANY, "x", "pid", "p", "nope")));

    assertThat(errors(document, engine))
        .extracting(Problem::path, Problem::code)
        .contains(
            tuple("relations[1].targetColumnId", "FK_TARGET_NOT_UNIQUE"),
            tuple("relations[1]", "INCOMPATIBLE_TYPES"),
            tuple("relations[2]", "INCOMPATIBLE_TYPES"),
            tuple("relations[3].onDelete", "SET_NULL_ON_NOT_NULL"),
            tuple("relations[4].sourceTableId", "RELATION_TABLE_NOT_FOUND"),
            tuple("relations[4].targetColumnId", "RELATION_COLUMN_NOT_FOUND"))
        .doesNotContain(tuple("relations[0]", "INCOMPATIBLE_TYPES"));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void defaultsMustBeOneExpressionThatFitsTheColumn(Engine engine) {
    var document =
        tables(
            Table.of(
                "a",
                "a",
                List.of(
                    id(),
                    Column.builder("1", "a", INTEGER).defaultValue("1; DROP TABLE x").build(),
                    Column.builder("2", "b", TEXT).defaultValue("'open").build(),
                    Column.builder("3", "c", INTEGER).defaultValue("(1").build(),
                    Column.builder("4", "d", INTEGER).defaultValue("1 -- x").build(),
                    Column.builder("5", "e", INTEGER).defaultValue("'abc'").build(),
                    Column.builder("6", "f", VARCHAR).length(2).defaultValue("'abc'").build(),
                    Column.builder("7", "g", INTEGER).defaultValue("nextval('s')").build(),
                    Column.builder("8", "h", DECIMAL).precision(8, 0).defaultValue("1.5").build(),
                    Column.builder("9", "i", DATE).defaultValue("'2023-02-29'").build(),
                    Column.builder("10", "j", INTEGER).notNull().defaultValue("NULL").build(),
                    Column.builder("11", "k", TIMESTAMPTZ).defaultValue("now()").build(),
                    Column.builder("12", "l", JSONB).defaultValue("'{\"a\":1}'::jsonb").build())));

    assertThat(errors(document, engine))
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            tuple("tables[0].columns[1].default", "INVALID_DEFAULT"),
            tuple("tables[0].columns[2].default", "INVALID_DEFAULT"),
            tuple("tables[0].columns[3].default", "INVALID_DEFAULT"),
            tuple("tables[0].columns[4].default", "INVALID_DEFAULT"),
            tuple("tables[0].columns[5].default", "DEFAULT_INCOMPATIBLE"),
            tuple("tables[0].columns[6].default", "DEFAULT_INCOMPATIBLE"),
            tuple("tables[0].columns[7].default", "DEFAULT_NOT_SUPPORTED"),
            tuple("tables[0].columns[8].default", "DEFAULT_INCOMPATIBLE"),
            tuple("tables[0].columns[9].default", "DEFAULT_INCOMPATIBLE"),
            tuple("tables[0].columns[10].default", "DEFAULT_INCOMPATIBLE"));
  }

  @Test
  void mySqlRulesForAutoIncrementAndUnindexableTypes() {
    var document =
        tables(
            Table.of(
                "a",
                "a",
                List.of(
                    Column.builder("k", "k", INTEGER).primaryKey().build(),
                    Column.builder("s", "s", SERIAL).build(),
                    Column.builder("t", "t", SERIAL).unique().build(),
                    Column.builder("x", "x", TEXT).unique().build(),
                    Column.builder("v", "v", VARCHAR).length(800).unique().build())));

    assertThat(errors(document, Engine.MYSQL))
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            tuple("tables[0].columns[3].unique", "TYPE_NOT_INDEXABLE"),
            tuple("tables[0].columns[4].unique", "KEY_TOO_LONG"),
            tuple("tables[0].columns[1].type", "AUTO_INCREMENT_NOT_KEY"),
            tuple("tables[0].columns[2].type", "MULTIPLE_AUTO_INCREMENT"));
    assertThat(errors(document, Engine.POSTGRESQL)).isEmpty();
  }

  @Test
  void postgresCannotKeyJsonAndWarnsAboutUnindexedForeignKeys() {
    var document =
        SchemaDocument.of(
            List.of(
                Table.of("a", "a", List.of(id(), Column.builder("j", "j", JSON).unique().build())),
                Table.of("b", "b", List.of(Column.builder("r", "a_id", INTEGER).build()))
                    .withIndexes(List.of()),
                Table.of("c", "c", List.of(id(), Column.builder("r", "a_id", INTEGER).build()))
                    .withIndexes(List.of(Index.of("i", List.of("r"), false)))),
            List.of(
                Relation.of("r1", RelationType.ONE_TO_MANY, "b", "r", "a", "id"),
                Relation.of("r2", RelationType.ONE_TO_MANY, "c", "r", "a", "id")));

    var report = SchemaValidator.validate(document, Engine.POSTGRESQL);

    assertThat(report.errors())
        .extracting(Problem::path)
        .containsExactly("tables[0].columns[1].unique");
    assertThat(report.warnings())
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            tuple("tables[1]", "NO_PRIMARY_KEY"), tuple("relations[0]", "FK_WITHOUT_INDEX"));
  }

  @Test
  void sqliteWarnsAboutEachTypeMapping() {
    var document =
        tables(Table.of("a", "a", List.of(id(), Column.builder("n", "n", INET).build())));

    var report = SchemaValidator.validate(document, Engine.SQLITE);

    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.path()).isEqualTo("tables[0].columns[1].type");
              assertThat(problem.code()).isEqualTo("TYPE_MAPPED");
              assertThat(problem.message()).contains("INET").contains("TEXT");
            });
  }

  @Test
  void manyToManyNeedsPrimaryKeysAndDistinctJunctions() {
    var a = Table.of("a", "a", List.of(id()));
    var b = Table.of("b", "b", List.of(Column.builder("x", "x", INTEGER).build()));
    var c = Table.of("c", "c", List.of(id()));
    var document =
        SchemaDocument.of(
            List.of(a, b, c),
            List.of(
                Relation.of("r1", RelationType.MANY_TO_MANY, "a", "id", "b", "x"),
                Relation.of("r2", RelationType.MANY_TO_MANY, "a", "id", "c", "id"),
                Relation.of("r3", RelationType.MANY_TO_MANY, "a", "id", "c", "id")));

    assertThat(errors(document, Engine.POSTGRESQL))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("relations[0].targetTableId", "N_M_WITHOUT_PRIMARY_KEY"));
    var fixed =
        document.withTables(
            List.of(
                a,
                b.withColumns(List.of(Column.builder("x", "x", INTEGER).primaryKey().build())),
                c));
    assertThat(errors(fixed, Engine.POSTGRESQL))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("relations[2]", "DUPLICATE_JUNCTION"));
  }

  @Test
  void namesTheEngineWouldMisreadAreRefused() {
    var document =
        tables(
                Table.of(
                        "a", "a", List.of(id(), Column.builder("m", "m", ENUM).enumId("e").build()))
                    .withIndexes(List.of(Index.of("i", List.of("m"), false).withName("primary"))))
            .withEnums(List.of(io.dbkeep.domain.schema.EnumType.of("e", "text", List.of("x"))));

    assertThat(errors(document, Engine.POSTGRESQL))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("enums[0].name", "INVALID_NAME"));
    assertThat(errors(document, Engine.MYSQL))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("tables[0].indexes[0].name", "INVALID_NAME"));
    assertThat(errors(document, Engine.SQLITE)).isEmpty();
  }
}
