package io.dbkeep.domain.schema.sql;

import static io.dbkeep.domain.schema.ColumnType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnPair;
import io.dbkeep.domain.schema.Index;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Relations of several column pairs: validation with paths, and the DDL they export. */
class CompositeForeignKeyTest {

  /** region(country, code) keyed on both; city with a nullable and a NOT NULL reference. */
  private static List<Table> tables() {
    var region =
        Table.of(
                "t-region",
                "region",
                List.of(
                    Column.builder("c-country", "country", CHAR).length(2).primaryKey().build(),
                    Column.builder("c-code", "code", INTEGER).primaryKey().build(),
                    Column.builder("c-name", "name", VARCHAR).length(20).notNull().build(),
                    Column.builder("c-alt", "alt", INTEGER).notNull().build(),
                    Column.builder("c-doc", "doc", JSON).build()))
            .withIndexes(List.of(Index.of("i-name-alt", List.of("c-name", "c-alt"), true)));
    var city =
        Table.of(
            "t-city",
            "city",
            List.of(
                Column.builder("c-id", "id", SERIAL).primaryKey().build(),
                Column.builder("c-country", "region_country", CHAR).length(2).build(),
                Column.builder("c-code", "region_code", INTEGER).notNull().build(),
                Column.builder("c-big", "region_big", BIGINT).build(),
                Column.builder("c-name", "region_name", VARCHAR).length(20).build(),
                Column.builder("c-doc", "doc", JSON).build()));
    return List.of(region, city);
  }

  private static Relation composite(String id, RelationType type, ColumnPair... more) {
    return Relation.of(id, type, "t-city", "c-country", "t-region", "c-country")
        .withAdditionalColumns(List.of(more));
  }

  private static List<Problem> errors(Engine engine, Relation... relations) {
    return SchemaValidator.validate(SchemaDocument.of(tables(), List.of(relations)), engine)
        .errors();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void unknownColumnsOfAnyPairAreNamedByThePairsPath(Engine engine) {
    var problems =
        errors(
            engine,
            composite(
                "r",
                RelationType.ONE_TO_MANY,
                ColumnPair.of("c-code", "c-nope"),
                ColumnPair.of("c-missing", "c-code")));

    assertThat(problems)
        .extracting(Problem::path, Problem::code)
        .containsExactlyInAnyOrder(
            tuple("relations[0].additionalColumns[0].targetColumnId", "RELATION_COLUMN_NOT_FOUND"),
            tuple("relations[0].additionalColumns[1].sourceColumnId", "RELATION_COLUMN_NOT_FOUND"));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aPairWhoseColumnsAreInTheWrongTablesIsNotFound(Engine engine) {
    // c-alt is a column of the target table, not of the source table
    var problems =
        errors(engine, composite("r", RelationType.ONE_TO_MANY, ColumnPair.of("c-alt", "c-id")));

    assertThat(problems)
        .extracting(Problem::path, Problem::code)
        .containsExactlyInAnyOrder(
            tuple("relations[0].additionalColumns[0].sourceColumnId", "RELATION_COLUMN_NOT_FOUND"),
            tuple("relations[0].additionalColumns[0].targetColumnId", "RELATION_COLUMN_NOT_FOUND"));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aColumnRepeatedOnEitherSideIsRefused(Engine engine) {
    var problems =
        errors(
            engine,
            composite(
                "r",
                RelationType.ONE_TO_MANY,
                ColumnPair.of("c-code", "c-code"),
                ColumnPair.of("c-country", "c-code")));

    assertThat(problems)
        .extracting(Problem::path, Problem::code)
        .containsExactlyInAnyOrder(
            tuple("relations[0].additionalColumns[1].sourceColumnId", "DUPLICATE_RELATION_COLUMN"),
            tuple("relations[0].additionalColumns[1].targetColumnId", "DUPLICATE_RELATION_COLUMN"));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theReferencedColumnsMustBeExactlyTheKeyOrAUniqueIndexAsASet(Engine engine) {
    // a subset of the key, and a superset of the unique index, are not unique keys
    var subset =
        Relation.of("r1", RelationType.ONE_TO_MANY, "t-city", "c-code", "t-region", "c-code");
    var superset =
        Relation.of("r2", RelationType.ONE_TO_MANY, "t-city", "c-name", "t-region", "c-name")
            .withAdditionalColumns(
                List.of(ColumnPair.of("c-code", "c-alt"), ColumnPair.of("c-country", "c-country")));
    var uniqueIndex =
        Relation.of("r3", RelationType.ONE_TO_MANY, "t-city", "c-code", "t-region", "c-alt")
            .withAdditionalColumns(List.of(ColumnPair.of("c-name", "c-name")));
    var keyInOtherOrder =
        Relation.of("r4", RelationType.ONE_TO_MANY, "t-city", "c-code", "t-region", "c-code")
            .withAdditionalColumns(List.of(ColumnPair.of("c-country", "c-country")));

    assertThat(errors(engine, subset, superset, uniqueIndex, keyInOtherOrder))
        .extracting(Problem::path, Problem::code)
        .containsExactlyInAnyOrder(
            tuple("relations[0].targetColumnId", "FK_TARGET_NOT_UNIQUE"),
            tuple("relations[1].targetColumnId", "FK_TARGET_NOT_UNIQUE"));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void eachPairsTypesMustBeCompatibleAndKeyable(Engine engine) {
    var problems =
        errors(
            engine,
            Relation.of("r", RelationType.ONE_TO_MANY, "t-city", "c-big", "t-region", "c-code")
                .withAdditionalColumns(List.of(ColumnPair.of("c-doc", "c-country"))));

    assertThat(problems)
        .extracting(Problem::path, Problem::code)
        .contains(
            tuple("relations[0]", "INCOMPATIBLE_TYPES"),
            tuple("relations[0].additionalColumns[0]", "INCOMPATIBLE_TYPES"));
    if (engine != Engine.SQLITE) {
      assertThat(problems)
          .extracting(Problem::path, Problem::code)
          .contains(
              tuple("relations[0].additionalColumns[0].sourceColumnId", "TYPE_NOT_INDEXABLE"));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void setNullNeedsEveryColumnNullable(Engine engine) {
    var relation =
        composite("r", RelationType.ONE_TO_MANY, ColumnPair.of("c-code", "c-code"))
            .withActions(Option.of(ReferentialAction.SET_NULL), Option.none());

    assertThat(errors(engine, relation))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("relations[0].onDelete", "SET_NULL_ON_NOT_NULL"));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void anNmRelationCannotHaveAdditionalColumns(Engine engine) {
    var relation = composite("r", RelationType.MANY_TO_MANY, ColumnPair.of("c-code", "c-code"));

    assertThat(errors(engine, relation))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("relations[0].additionalColumns", "N_M_COMPOSITE"));
  }

  @Test
  void moreColumnsThanTheEngineKeysAllowIsTooManyKeyColumns() {
    var columns = new ArrayList<Column>();
    var pairs = new ArrayList<ColumnPair>();
    for (int i = 0; i < 40; i++) {
      columns.add(Column.builder("k" + i, "k" + i, INTEGER).primaryKey().build());
      if (i > 0) {
        pairs.add(ColumnPair.of("k" + i, "k" + i));
      }
    }
    var target = Table.of("t", "t", columns);
    var source = Table.of("s", "s", columns);
    var document =
        SchemaDocument.of(
            List.of(target, source),
            List.of(
                Relation.of("r", RelationType.ONE_TO_MANY, "s", "k0", "t", "k0")
                    .withAdditionalColumns(pairs)));

    assertThat(SchemaValidator.validate(document, Engine.POSTGRESQL).errors())
        .extracting(Problem::path, Problem::code)
        .contains(tuple("relations[0].additionalColumns", "TOO_MANY_KEY_COLUMNS"));
  }

  @Test
  void postgresqlWarnsWhenNoIndexLeadsWithTheForeignKeyColumns() {
    var relation = composite("r", RelationType.ONE_TO_MANY, ColumnPair.of("c-code", "c-code"));
    var report =
        SchemaValidator.validate(SchemaDocument.of(tables(), List.of(relation)), Engine.POSTGRESQL);

    assertThat(report.warnings())
        .extracting(Problem::path, Problem::code)
        .contains(tuple("relations[0]", "FK_WITHOUT_INDEX"));
    var indexed =
        tables()
            .get(1)
            .withIndexes(List.of(Index.of("i", List.of("c-code", "c-country", "c-big"), false)));
    var quiet =
        SchemaValidator.validate(
            SchemaDocument.of(List.of(tables().get(0), indexed), List.of(relation)),
            Engine.POSTGRESQL);
    assertThat(quiet.warnings()).extracting(Problem::code).doesNotContain("FK_WITHOUT_INDEX");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aCompositeForeignKeyIsOneConstraintOverAllItsColumns(Engine engine) {
    var relation =
        composite("r", RelationType.ONE_TO_MANY, ColumnPair.of("c-code", "c-code"))
            .withActions(Option.of(ReferentialAction.CASCADE), Option.none());
    var sql =
        DdlExporter.export(SchemaDocument.of(tables(), List.of(relation)), engine).get().sql();
    var q = engine == Engine.MYSQL ? "`" : "\"";

    assertThat(sql)
        .contains(
            "FOREIGN KEY ("
                + q
                + "region_country"
                + q
                + ", "
                + q
                + "region_code"
                + q
                + ") REFERENCES "
                + q
                + "region"
                + q
                + " ("
                + q
                + "country"
                + q
                + ", "
                + q
                + "code"
                + q
                + ") ON DELETE CASCADE");
  }

  @Test
  void mysqlListsThePairsInTheReferencedKeysOrder() {
    var relation =
        Relation.of("r", RelationType.ONE_TO_MANY, "t-city", "c-code", "t-region", "c-code")
            .withAdditionalColumns(List.of(ColumnPair.of("c-country", "c-country")));
    var document = SchemaDocument.of(tables(), List.of(relation));

    assertThat(DdlExporter.export(document, Engine.MYSQL).get().sql())
        .contains(
            "FOREIGN KEY (`region_country`, `region_code`) REFERENCES `region` (`country`,"
                + " `code`)");
    assertThat(DdlExporter.export(document, Engine.POSTGRESQL).get().sql())
        .contains(
            "FOREIGN KEY (\"region_code\", \"region_country\") REFERENCES \"region\" (\"code\","
                + " \"country\")");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aCompositeOneToOneGetsAUniqueConstraintOverItsColumnsWhichOthersMayReference(Engine engine) {
    var oneToOne = composite("r1", RelationType.ONE_TO_ONE, ColumnPair.of("c-code", "c-code"));
    var visit =
        Table.of(
            "t-visit",
            "visit",
            List.of(
                Column.builder("c-id", "id", INTEGER).primaryKey().build(),
                Column.builder("c-code", "city_code", INTEGER).build(),
                Column.builder("c-country", "city_country", CHAR).length(2).build()));
    var toTheOneToOne =
        Relation.of("r2", RelationType.ONE_TO_MANY, "t-visit", "c-code", "t-city", "c-code")
            .withAdditionalColumns(List.of(ColumnPair.of("c-country", "c-country")));
    var all = new ArrayList<>(tables());
    all.add(visit);
    var document = SchemaDocument.of(all, List.of(oneToOne, toTheOneToOne));

    assertThat(SchemaValidator.validate(document, engine).errors()).isEmpty();
    var sql = DdlExporter.export(document, engine).get().sql();
    var q = engine == Engine.MYSQL ? "`" : "\"";
    assertThat(sql)
        .contains("uq_city_region_country_region_code")
        .containsPattern(
            "UNIQUE (KEY "
                + q
                + "\\w+"
                + q
                + " )?\\("
                + q
                + "region_country"
                + q
                + ", "
                + q
                + "region_code"
                + q
                + "\\)");
  }

  @Test
  void addingAPairDropsTheForeignKeyAndAddsItAgainOverBothColumns() {
    var single =
        Relation.of("r", RelationType.ONE_TO_MANY, "t-city", "c-name", "t-region", "c-name");
    var region =
        tables().get(0).withIndexes(List.of(Index.of("i-name-alt", List.of("c-name"), true)));
    var before = SchemaDocument.of(List.of(region, tables().get(1)), List.of(single));
    var after =
        SchemaDocument.of(
            tables(),
            List.of(single.withAdditionalColumns(List.of(ColumnPair.of("c-code", "c-alt")))));

    var migration = MigrationPlanner.plan(before, after, Engine.POSTGRESQL).get();

    assertThat(migration.sql())
        .contains("DROP CONSTRAINT \"fk_city_region_name\"")
        .contains(
            "ADD CONSTRAINT \"fk_city_region_name_region_code\" FOREIGN KEY (\"region_name\","
                + " \"region_code\") REFERENCES \"region\" (\"name\", \"alt\")");
    assertThat(migration.changes())
        .extracting(change -> change.kind().name())
        .contains("RELATION_CHANGED");
    assertThat(migration.changes().stream().map(Object::toString).toList())
        .anySatisfy(text -> assertThat(text).contains("(city.region_name, city.region_code)"));
  }
}
