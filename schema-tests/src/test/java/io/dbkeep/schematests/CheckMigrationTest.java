package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Check;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.domain.schema.sql.MigrationPlanner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Migrations of CHECK constraints executed on real PostgreSQL, MariaDB and SQLite, up and down:
 * added, dropped, changed, renamed checks; a column renamed (the check rewritten with it), dropped
 * with its check, or changed in type under a check; a table renamed. After each migration the
 * catalog equals a fresh export's, CHECK constraints included (by name and definition).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckMigrationTest {

  @RegisterExtension static final FreshDatabases DATABASES = new FreshDatabases("checkmig");

  private static Table product(SchemaDocument document) {
    return document.tables().get(0);
  }

  private static SchemaDocument with(SchemaDocument document, UnaryOperator<Table> change) {
    return new SchemaDocument(
        document.formatVersion(),
        List.of(change.apply(product(document))),
        document.relations(),
        document.groups(),
        document.notes(),
        document.enums(),
        document.extra());
  }

  private static Table checks(Table table, UnaryOperator<List<Check>> change) {
    return table.withChecks(change.apply(new ArrayList<>(table.checks())));
  }

  static List<Object[]> pairs() {
    var a = CheckConstraintsOnRealEnginesTest.products();
    var pairs = new ArrayList<Object[]>();
    pairs.add(
        new Object[] {
          "add a check",
          a,
          with(
              a,
              t ->
                  checks(
                      t,
                      c -> {
                        c.add(Check.of("k9", "qty <> 13").withName("not_13"));
                        return c;
                      }))
        });
    pairs.add(
        new Object[] {"drop a check", a, with(a, t -> checks(t, c -> c.subList(1, c.size())))});
    pairs.add(
        new Object[] {
          "change an expression",
          a,
          with(
              a,
              t ->
                  checks(
                      t,
                      c -> {
                        c.set(0, c.get(0).withExpression("price >= 0 AND price < 500000"));
                        return c;
                      }))
        });
    pairs.add(
        new Object[] {
          "rename a check",
          a,
          with(
              a,
              t ->
                  checks(
                      t,
                      c -> {
                        c.set(0, c.get(0).withName("price_limits"));
                        return c;
                      }))
        });
    pairs.add(
        new Object[] {
          "rename a column and rewrite its checks",
          a,
          with(
              a,
              t -> {
                var renamed =
                    t.withColumns(
                        t.columns().stream()
                            .map(
                                col ->
                                    col.name().equals("price")
                                        ? col.toBuilder().name("cost").build()
                                        : col)
                            .toList());
                return checks(
                    renamed,
                    c -> {
                      c.set(0, c.get(0).withExpression("cost >= 0 AND cost < 100000"));
                      return c;
                    });
              })
        });
    pairs.add(
        new Object[] {
          "drop a column with its check",
          a,
          with(
              a,
              t ->
                  checks(
                          t.withColumns(
                              t.columns().stream().filter(col -> !col.id().equals("q")).toList()),
                          c -> c.stream().filter(k -> !k.id().equals("k5")).toList())
                      .withChecks(t.checks().stream().filter(k -> !k.id().equals("k5")).toList()))
        });
    pairs.add(
        new Object[] {
          "change the type of a checked column",
          a,
          with(
              a,
              t ->
                  t.withColumns(
                      t.columns().stream()
                          .map(
                              col ->
                                  col.id().equals("q")
                                      ? col.toBuilder().type(ColumnType.BIGINT).build()
                                      : col)
                          .toList()))
        });
    pairs.add(new Object[] {"rename the table", a, with(a, t -> t.withName("item"))});
    pairs.add(new Object[] {"from no checks to checks", with(a, t -> t.withChecks(List.of())), a});
    return pairs;
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void checkChangesMigrateUpAndDownToTheCatalogOfAFreshExport(Engine engine) throws Exception {
    for (var pair : pairs()) {
      var name = (String) pair[0];
      var a = (SchemaDocument) pair[1];
      var b = (SchemaDocument) pair[2];
      migrate(engine, name + " (up)", a, b);
      migrate(engine, name + " (down)", b, a);
    }
  }

  private void migrate(Engine engine, String label, SchemaDocument a, SchemaDocument b)
      throws Exception {
    var migration = MigrationPlanner.plan(a, b, engine);
    assertThat(migration.isRight()).as("%s on %s: %s", label, engine, migration).isTrue();
    assertThat(migration.get().changes()).as(label).isNotEmpty();
    var expected = catalog(engine, DdlExporter.export(b, engine).get().sql(), label);

    var live = DATABASES.fresh(engine, "mig");
    try (var connection = live.connect()) {
      CatalogComparison.execute(
          connection, DdlExporter.export(a, engine).get().sql(), engine, label + " A");
      CatalogComparison.execute(connection, migration.get().sql(), engine, label + " migration");
      var actual =
          CatalogComparison.orderFree(live, engine, connection)
              + "\n"
              + CheckCatalog.comparable(CheckCatalog.read(engine, connection));
      assertThat(actual)
          .as("%s on %s\n%s", label, engine, migration.get().sql())
          .isEqualTo(expected);
    }
  }

  private String catalog(Engine engine, String script, String label) throws Exception {
    var database = DATABASES.fresh(engine, "exp");
    try (var connection = database.connect()) {
      CatalogComparison.execute(connection, script, engine, label + " export");
      return CatalogComparison.orderFree(database, engine, connection)
          + "\n"
          + CheckCatalog.comparable(CheckCatalog.read(engine, connection));
    }
  }
}
