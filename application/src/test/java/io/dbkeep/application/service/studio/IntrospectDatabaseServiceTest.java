package io.dbkeep.application.service.studio;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.fake.InMemoryStudioDatabase;
import io.dbkeep.application.port.out.studio.TranslateCheckPort;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.dbkeep.domain.studio.CheckInfo;
import io.dbkeep.domain.studio.ColumnInfo;
import io.dbkeep.domain.studio.ColumnType;
import io.dbkeep.domain.studio.TableKind;
import io.dbkeep.domain.studio.TableRef;
import io.dbkeep.domain.studio.TableStructure;
import io.dbkeep.domain.studio.ValueKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntrospectDatabaseServiceTest {

  /** A translator that knows one engine spelling: {@code <<x>>} for a column, refuses {@code ~}. */
  private final List<String> translated = new ArrayList<>();

  private final TranslateCheckPort translator =
      (engine, condition, table) -> {
        translated.add(engine + ":" + table.name() + ":" + condition);
        if (condition.contains("~")) {
          return Either.left("operator ~ is not in the subset");
        }
        return Either.right(condition.replace("<<", "").replace(">>", ""));
      };

  /** {@code name(id int primary key, code text)}; PostgreSQL's catalog calls int int4. */
  private static TableStructure table(String name, CheckInfo... checks) {
    return new TableStructure(
        new TableRef(InMemoryStudioDatabase.SCHEMA, name),
        TableKind.TABLE,
        List.of(
            new ColumnInfo(
                "id",
                ColumnType.simple("int4", "int4", ValueKind.INTEGER),
                false,
                Option.none(),
                true,
                false,
                false,
                Option.none()),
            new ColumnInfo(
                "code",
                ColumnType.simple("text", "text", ValueKind.TEXT),
                true,
                Option.none(),
                false,
                false,
                false,
                Option.none())),
        List.of("id"),
        List.of(),
        List.of(),
        List.of(),
        Option.none(),
        List.of(checks));
  }

  private Either<?, io.dbkeep.domain.studio.SchemaIntrospection.Result> introspect(
      Engine engine, TableStructure... tables) {
    var database = new InMemoryStudioDatabase().withEngine(engine);
    for (var table : tables) {
      database.withTable(engine == Engine.POSTGRESQL ? table : asInt(table));
    }
    return new IntrospectDatabaseService(database, translator)
        .introspect(Option.of(InMemoryStudioDatabase.SCHEMA));
  }

  /** MySQL and SQLite name the type int. */
  private static TableStructure asInt(TableStructure table) {
    var columns =
        table.columns().stream()
            .map(
                c ->
                    c.type().base().equals("int4")
                        ? new ColumnInfo(
                            c.name(),
                            ColumnType.simple("int", "int", ValueKind.INTEGER),
                            c.nullable(),
                            c.defaultValue(),
                            c.primaryKey(),
                            c.generated(),
                            c.autoIncrement(),
                            c.comment())
                        : c)
            .toList();
    return new TableStructure(
        table.table(),
        table.kind(),
        columns,
        table.primaryKey(),
        table.indexes(),
        table.uniques(),
        table.foreignKeys(),
        table.comment(),
        table.checks());
  }

  private static List<String> codes(List<Problem> warnings) {
    return warnings.stream().map(Problem::code).toList();
  }

  @Test
  void checksAreTranslatedByThePortInTheContextOfTheirTable() {
    var result =
        introspect(
                Engine.POSTGRESQL, table("item", CheckInfo.of("code_set", "<<code>> IS NOT NULL")))
            .get();

    assertThat(translated).containsExactly("POSTGRESQL:item:<<code>> IS NOT NULL");
    var checks = result.document().tables().get(0).checks();
    assertThat(checks).hasSize(1);
    assertThat(checks.get(0).name()).isEqualTo(Option.of("code_set"));
    assertThat(checks.get(0).expression()).isEqualTo("code IS NOT NULL");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void aCheckThePortCannotTranslateIsLeftOutWithAWarningNamingTableConstraintAndWhy() {
    var result =
        introspect(
                Engine.POSTGRESQL,
                table(
                    "item",
                    CheckInfo.of("code_regex", "code ~ '^a'"),
                    new CheckInfo(Option.none(), "id > 0", true)))
            .get();

    assertThat(result.document().tables().get(0).checks())
        .extracting(c -> c.expression())
        .containsExactly("id > 0");
    assertThat(result.warnings()).hasSize(1);
    var warning = result.warnings().get(0);
    assertThat(warning.code()).isEqualTo("CHECK_NOT_CARRIED");
    assertThat(warning.path()).isEqualTo("tables[0].checks");
    assertThat(warning.message())
        .contains("code_regex", "item", "code ~ '^a'", "operator ~ is not in the subset");
  }

  @Test
  void aTranslatedCheckTheValidatorRefusesIsDroppedSoTheDocumentValidates() {
    var result =
        introspect(
                Engine.SQLITE,
                table(
                    "item", CheckInfo.of("nonsense", "id <> 'abc'"), CheckInfo.of("ok", "id > 0")))
            .get();

    assertThat(result.document().tables().get(0).checks())
        .extracting(c -> c.name().get())
        .containsExactly("ok");
    assertThat(codes(result.warnings())).containsExactly("CHECK_NOT_CARRIED");
    assertThat(result.warnings().get(0).message())
        .startsWith("Check nonsense of item (id <> 'abc')");
    assertThat(SchemaValidator.validate(result.document(), Engine.SQLITE).errors()).isEmpty();
  }

  @Test
  void mariaDbCheckNamesRepeatedInTwoTablesKeepTheFirstAsTheDocumentScopesThemBySchema() {
    var result =
        introspect(
                Engine.MYSQL,
                table("a", CheckInfo.of("positive", "id > 0")),
                table("b", CheckInfo.of("positive", "id > 0"), CheckInfo.of("small", "id < 9")))
            .get();

    assertThat(result.document().tables().get(0).checks()).hasSize(1);
    assertThat(result.document().tables().get(1).checks())
        .extracting(c -> c.name().get())
        .containsExactly("small");
    assertThat(codes(result.warnings())).containsExactly("CHECK_NOT_CARRIED");
    assertThat(result.warnings().get(0).message()).startsWith("Check positive of b");
    assertThat(SchemaValidator.validate(result.document(), Engine.MYSQL).errors()).isEmpty();
  }

  @Test
  void aNotValidCheckIsKeptWithAWarning() {
    var result =
        introspect(
                Engine.POSTGRESQL, table("item", new CheckInfo(Option.of("late"), "id > 0", false)))
            .get();

    assertThat(result.document().tables().get(0).checks()).hasSize(1);
    assertThat(codes(result.warnings())).containsExactly("CHECK_NOT_VALIDATED");
    assertThat(result.warnings().get(0).path()).isEqualTo("tables[0].checks[0]");
  }

  @Test
  void withoutATranslatorOnlyChecksAlreadyInTheSubsetAreKept() {
    var database =
        new InMemoryStudioDatabase()
            .withEngine(Engine.POSTGRESQL)
            .withTable(
                table(
                    "item",
                    CheckInfo.of("plain", "id > 0"),
                    CheckInfo.of("cast", "(id > (0)::integer)")));

    var result =
        new IntrospectDatabaseService(database)
            .introspect(Option.of(InMemoryStudioDatabase.SCHEMA))
            .get();

    assertThat(result.document().tables().get(0).checks())
        .extracting(c -> c.name().get())
        .containsExactly("plain");
    assertThat(codes(result.warnings())).containsExactly("CHECK_NOT_CARRIED");
  }
}
