package io.dbkeep.domain.schema.sql;

import static io.dbkeep.domain.schema.ColumnType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Check;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** CHECK constraints: validation with paths and columns, names per engine, and the DDL. */
class CheckConstraintTest {

  private static Table product(Check... checks) {
    return Table.of(
            "p",
            "product",
            List.of(
                Column.builder("id", "id", BIGINT).primaryKey().build(),
                Column.builder("n", "name", VARCHAR).length(80).build(),
                Column.builder("pr", "price", DECIMAL).precision(10, 2).build(),
                Column.builder("a", "active", BOOLEAN).build(),
                Column.builder("s", "status", ENUM).enumId("e").build(),
                Column.builder("f", "from", DATE).build(),
                Column.builder("t", "to", DATE).build(),
                Column.builder("j", "doc", JSONB).build()))
        .withChecks(List.of(checks));
  }

  private static SchemaDocument document(Table... tables) {
    return SchemaDocument.of(List.of(tables), List.of())
        .withEnums(List.of(EnumType.of("e", "state", List.of("new", "done"))));
  }

  private static List<Problem> errors(SchemaDocument document, Engine engine) {
    return SchemaValidator.validate(document, engine).errors();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void hostileAndNonsenseExpressionsAreErrorsWithPathAndColumn(Engine engine) {
    var document =
        document(
            product(
                Check.of("c0", "price > 0); DROP TABLE product; --"),
                Check.of("c1", "(price > 0"),
                Check.of("c2", "nope > 0"),
                Check.of("c3", "Price > 0"),
                Check.of("c4", "name > 0"),
                Check.of("c5", "price + name > 0"),
                Check.of("c6", "status = 'gone'"),
                Check.of("c7", "status < 'new'"),
                Check.of("c8", "doc = doc"),
                Check.of("c9", "price = NULL"),
                Check.of("c10", "price"),
                Check.of("c11", "active AND price"),
                Check.of("c12", "length(price) > 0"),
                Check.of("c13", "price LIKE 'a%'"),
                Check.of("c14", "\"from\" < 'x'")));

    var problems = errors(document, engine);

    assertThat(problems)
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            tuple("tables[0].checks[0].expression", "INVALID_CHECK"),
            tuple("tables[0].checks[1].expression", "INVALID_CHECK"),
            tuple("tables[0].checks[2].expression", "INVALID_CHECK"),
            tuple("tables[0].checks[3].expression", "INVALID_CHECK"),
            tuple("tables[0].checks[4].expression", "INVALID_CHECK"),
            tuple("tables[0].checks[5].expression", "INVALID_CHECK"),
            tuple("tables[0].checks[6].expression", "INVALID_CHECK"),
            tuple("tables[0].checks[7].expression", "INVALID_CHECK"),
            tuple("tables[0].checks[8].expression", "INVALID_CHECK"),
            tuple("tables[0].checks[9].expression", "INVALID_CHECK"),
            tuple("tables[0].checks[10].expression", "INVALID_CHECK"),
            tuple("tables[0].checks[11].expression", "INVALID_CHECK"),
            tuple("tables[0].checks[12].expression", "INVALID_CHECK"),
            tuple("tables[0].checks[13].expression", "INVALID_CHECK"),
            tuple("tables[0].checks[14].expression", "INVALID_CHECK"));
    assertThat(problems.get(0).message()).startsWith("at column 11: a semicolon");
    assertThat(problems.get(2).message())
        .isEqualTo("at column 1: table \"product\" has no column \"nope\"");
    assertThat(problems.get(3).message()).contains("did you mean \"price\"");
    assertThat(problems.get(6).message()).contains("'gone' is not a value of the enum state");
    assertThat(problems.get(9).message()).contains("IS NULL");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void soundExpressionsAreValidAndWrittenAsNamedConstraints(Engine engine) {
    var document =
        document(
            product(
                Check.of("c0", "price >= 0 AND price < 100000").withName("price_range"),
                Check.of("c1", "char_length(name) > 0 AND name NOT LIKE '%x'"),
                Check.of("c2", "status IN ('new', 'done') OR NOT active"),
                Check.of("c3", "\"from\" <= \"to\" OR \"to\" IS NULL"),
                Check.of("c4", "abs(price - 1) BETWEEN 0 AND 10.5"),
                Check.of("c5", "lower(name) <> upper(name) AND active = TRUE"),
                Check.of("c6", "doc IS NOT NULL")));

    assertThat(errors(document, engine)).isEmpty();
    var sql = DdlExporter.export(document, engine).get().sql();
    var q = engine == Engine.MYSQL ? "`" : "\"";
    assertThat(sql)
        .contains(
            "CONSTRAINT "
                + q
                + "price_range"
                + q
                + " CHECK ("
                + q
                + "price"
                + q
                + " >= 0 AND "
                + q
                + "price"
                + q
                + " < 100000)")
        .contains("CONSTRAINT " + q + "chk_product_2" + q + " CHECK (")
        .contains(engine == Engine.SQLITE ? "length(\"name\")" : "char_length(" + q + "name");
  }

  @Test
  void checkNamesAreUniquePerTableOnPostgresAndPerSchemaElsewhere() {
    var other =
        Table.of("o", "other", List.of(Column.builder("id", "id", BIGINT).primaryKey().build()))
            .withChecks(List.of(Check.of("k", "id > 0").withName("positive")));
    var document = document(product(Check.of("k", "price > 0").withName("positive")), other);
    var twice =
        document(
            product(
                Check.of("k", "price > 0").withName("positive"),
                Check.of("l", "price > 1").withName("POSITIVE")));

    assertThat(errors(document, Engine.POSTGRESQL)).isEmpty();
    assertThat(errors(document, Engine.MYSQL))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("tables[1].checks[0].name", "DUPLICATE_NAME"));
    assertThat(errors(document, Engine.SQLITE)).hasSize(1);
    assertThat(errors(twice, Engine.POSTGRESQL))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("tables[0].checks[1].name", "DUPLICATE_NAME"));
  }

  @Test
  void idsAreRequiredAndUniqueWithinTheTable() {
    var document = document(product(Check.of("k", "price > 0"), Check.of("k", "price > 1")));

    assertThat(errors(document, Engine.POSTGRESQL))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("tables[0].checks[1].id", "DUPLICATE_ID"));
  }

  @Test
  void mySqlRefusesChecksOnAutoIncrementAndForeignKeyActionColumns() {
    var parent =
        Table.of("u", "user", List.of(Column.builder("id", "id", SERIAL).primaryKey().build()))
            .withChecks(List.of(Check.of("k", "id > 0")));
    var child =
        Table.of(
                "c",
                "child",
                List.of(
                    Column.builder("id", "id", BIGINT).primaryKey().build(),
                    Column.builder("u", "user_id", INTEGER).build()))
            .withChecks(List.of(Check.of("k", "user_id > 0")));
    var relation =
        Relation.of("r", RelationType.ONE_TO_MANY, "c", "u", "u", "id")
            .withActions(
                io.vavr.control.Option.of(ReferentialAction.CASCADE),
                io.vavr.control.Option.none());
    var document = SchemaDocument.of(List.of(parent, child), List.of(relation));

    assertThat(errors(document, Engine.MYSQL))
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            tuple(
                "tables[0].checks[0].expression",
                "MySQL checks cannot use the AUTO_INCREMENT column \"id\""),
            tuple(
                "tables[1].checks[0].expression",
                "MySQL checks cannot use \"user_id\": a foreign key's CASCADE or SET NULL action"
                    + " changes it"));
    assertThat(errors(document, Engine.POSTGRESQL)).isEmpty();
  }

  @Test
  void aColumnRenamedOrDeletedLaterMakesTheCheckAnErrorNamingIt() {
    var table = product(Check.of("k", "price > 0"));
    var renamed =
        table.withColumns(
            table.columns().stream()
                .map(c -> c.name().equals("price") ? c.toBuilder().name("cost").build() : c)
                .toList());
    var deleted =
        table.withColumns(table.columns().stream().filter(c -> !c.id().equals("pr")).toList());

    assertThat(errors(document(renamed), Engine.POSTGRESQL))
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            tuple(
                "tables[0].checks[0].expression",
                "at column 1: table \"product\" has no column \"price\""));
    assertThat(errors(document(deleted), Engine.SQLITE)).hasSize(1);
  }
}
