package io.dbkeep.schematests;

import static io.dbkeep.domain.schema.ColumnType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Check;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A document's CHECK constraints execute on real PostgreSQL, MariaDB and SQLite, appear in the
 * catalog by name, and are enforced: a row that keeps them goes in, each row breaking one is
 * refused. An enum column keeps its own SQLite check beside the table's.
 */
class CheckConstraintsOnRealEnginesTest {

  @RegisterExtension static final LiveDatabases DATABASES = new LiveDatabases();

  static SchemaDocument products() {
    var product =
        Table.of(
                "p",
                "product",
                List.of(
                    Column.builder("id", "id", BIGINT).primaryKey().build(),
                    Column.builder("n", "Näme", VARCHAR).length(80).notNull().build(),
                    Column.builder("pr", "price", DECIMAL).precision(10, 2).build(),
                    Column.builder("q", "qty", INTEGER).build(),
                    Column.builder("a", "active", BOOLEAN).build(),
                    Column.builder("s", "status", ENUM).enumId("e").build(),
                    Column.builder("f", "from", DATE).build(),
                    Column.builder("t", "to", DATE).build()))
            .withChecks(
                List.of(
                    Check.of("k1", "price >= 0 AND price < 100000").withName("price_range"),
                    Check.of("k2", "char_length(\"Näme\") > 0 AND \"Näme\" NOT LIKE '%;%'"),
                    Check.of("k3", "status IN ('new', 'it''s') OR NOT active")
                        .withName("Status \"ok\""),
                    Check.of("k4", "\"from\" <= \"to\" OR \"to\" IS NULL"),
                    Check.of("k5", "qty * 2 - -1 BETWEEN 1 AND 1001"),
                    Check.of("k6", "lower(\"Näme\") <> 'forbidden'")));
    return SchemaDocument.of(List.of(product), List.of())
        .withEnums(List.of(EnumType.of("e", "state", List.of("new", "it's", "done"))));
  }

  private static final String GOOD = "(1, 'x', 5.00, 3, %s, 'new', '2026-01-01', '2026-02-01')";

  private static final List<String> BAD =
      List.of(
          "(2, 'x', -1, 3, %s, 'new', NULL, NULL)",
          "(3, '', 5, 3, %s, 'new', NULL, NULL)",
          "(4, 'a;b', 5, 3, %s, 'new', NULL, NULL)",
          "(5, 'x', 5, 3, %s, 'done', NULL, NULL)",
          "(6, 'x', 5, 3, %s, 'new', '2026-03-01', '2026-02-01')",
          "(7, 'x', 5, 600, %s, 'new', NULL, NULL)",
          "(8, 'FORBIDDEN', 5, 3, %s, 'new', NULL, NULL)");

  @ParameterizedTest
  @EnumSource(Engine.class)
  void checksExecuteAreNamedInTheCatalogAndRefuseBadRows(Engine engine) throws SQLException {
    var document = products();
    var report = SchemaValidator.validate(document, engine);
    assertThat(report.errors()).isEmpty();
    var sql = DdlExporter.export(document, engine).get().sql();

    var checks =
        DATABASES.run(
            engine,
            sql,
            connection -> {
              var table = engine == Engine.MYSQL ? "`product`" : "\"product\"";
              var active = "TRUE";
              try (var statement = connection.createStatement()) {
                statement.execute("INSERT INTO " + table + " VALUES " + GOOD.formatted(active));
                for (var bad : BAD) {
                  var row = bad.formatted(active);
                  assertThatThrownBy(
                          () -> statement.execute("INSERT INTO " + table + " VALUES " + row))
                      .as("%s on %s", row, engine)
                      .isInstanceOf(SQLException.class);
                }
              }
              return CheckCatalog.read(engine, connection);
            });

    assertThat(checks.get("product"))
        .containsKeys(
            "price_range",
            "chk_product_2",
            "Status \"ok\"",
            "chk_product_4",
            "chk_product_5",
            "chk_product_6");
    if (engine == Engine.SQLITE) {
      assertThat(checks.get("product")).containsKey("ck_product_status");
    }
  }

  static Map<String, Map<String, String>> catalogChecks(
      LiveDatabases databases, Engine engine, String sql) throws SQLException {
    return DATABASES.run(engine, sql, (Connection c) -> CheckCatalog.read(engine, c));
  }
}
