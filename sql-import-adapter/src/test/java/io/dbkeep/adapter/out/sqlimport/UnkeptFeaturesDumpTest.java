package io.dbkeep.adapter.out.sqlimport;

import static io.dbkeep.adapter.out.sqlimport.Reading.column;
import static io.dbkeep.adapter.out.sqlimport.Reading.read;
import static io.dbkeep.adapter.out.sqlimport.Reading.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.format.ImportWarning;
import io.dbkeep.domain.format.ImportedSchema;
import io.dbkeep.domain.format.SourceFormat;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.Table;
import org.junit.jupiter.api.Test;

/**
 * Real dumps (PostgreSQL 15 {@code pg_dump --schema-only}, MariaDB 10.11 {@code mysqldump --no-data
 * --routines --triggers --events}, SQLite 3.40 {@code .schema}) of schemas with what a document
 * cannot hold — partitioned tables, generated and identity columns, domains, views, materialized
 * views, functions, procedures, triggers and events with bodies, DEFINER views, ON UPDATE
 * CURRENT_TIMESTAMP, FULLTEXT/SPATIAL/GIN/partial/expression indexes, EXCLUDE, INHERITS, WITHOUT
 * ROWID, STRICT, FTS5: every table imports, and every object not kept is a warning at the line the
 * dump has it on. The sources are beside the dumps ({@code *-unkept-features.sql}).
 */
class UnkeptFeaturesDumpTest {

  /** The 1-based line of the first occurrence of {@code needle}. */
  private static int lineOf(String dump, String needle) {
    var at = dump.indexOf(needle);
    assertThat(at).as("the dump has %s", needle).isNotNegative();
    return (int) dump.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  private static void assertWarned(
      ImportedSchema imported, String dump, String needle, String code, String mentions) {
    var line = lineOf(dump, needle);
    assertThat(imported.warnings())
        .as("a %s warning at line %d (%s)", code, line, needle)
        .anySatisfy(
            warning -> {
              assertThat(warning.line()).isEqualTo(line);
              assertThat(warning.code()).isEqualTo(code);
              assertThat(warning.message()).contains(mentions);
            });
  }

  private static void assertEveryWarningHasALine(ImportedSchema imported, String dump) {
    var lines = dump.split("\n", -1).length;
    assertThat(imported.warnings())
        .extracting(ImportWarning::line)
        .allSatisfy(line -> assertThat(line).isBetween(1, lines));
  }

  @Test
  void aPgDumpOfPartitionsDomainsViewsFunctionsAndTriggersImportsEveryTableAndReportsTheRest() {
    var dump = Reading.resource("postgres-unkept-features.pg_dump.sql");
    var imported = read(SourceFormat.POSTGRESQL, dump);
    var document = imported.document();

    assertThat(document.tables())
        .extracting(Table::name)
        .containsExactlyInAnyOrder(
            "accounts",
            "scratch",
            "child_events",
            "customers",
            "events",
            "events_click",
            "invoices",
            "measurements",
            "measurements_2026",
            "measurements_default");
    var customers = table(document, "customers");
    assertThat(column(customers, "id").type())
        .as("identity BY DEFAULT")
        .isEqualTo(ColumnType.BIGSERIAL);
    assertThat(column(customers, "full_name").type()).isEqualTo(ColumnType.TEXT);
    assertThat(column(table(document, "invoices"), "period").type())
        .as("a column named period is a column, not SQL:2011's PERIOD FOR")
        .isEqualTo(ColumnType.TEXT);
    assertThat(table(document, "measurements").primaryKey()).hasSize(2);
    assertThat(document.relations()).hasSize(4);

    assertWarned(imported, dump, "CREATE DOMAIN public.email", "STATEMENT_NOT_KEPT", "DOMAIN");
    assertWarned(imported, dump, "email public.email NOT NULL", "TYPE_MAPPED", "email");
    assertWarned(imported, dump, "full_name text GENERATED", "GENERATED_NOT_KEPT", "full_name");
    assertWarned(
        imported,
        dump,
        "CREATE FUNCTION public.touch_updated_at",
        "STATEMENT_NOT_KEPT",
        "FUNCTION");
    assertWarned(imported, dump, "CREATE FUNCTION public.add", "STATEMENT_NOT_KEPT", "FUNCTION");
    assertWarned(
        imported, dump, "CREATE TRIGGER customers_touch", "STATEMENT_NOT_KEPT", "customers_touch");
    assertWarned(imported, dump, "CREATE VIEW public.customer_names", "STATEMENT_NOT_KEPT", "VIEW");
    assertWarned(
        imported, dump, "CREATE MATERIALIZED VIEW", "STATEMENT_NOT_KEPT", "MATERIALIZED VIEW");
    assertWarned(
        imported,
        dump,
        "CREATE TABLE public.measurements (",
        "TABLE_OPTIONS_NOT_KEPT",
        "PARTITION BY RANGE");
    assertWarned(
        imported,
        dump,
        "ATTACH PARTITION public.measurements_2026",
        "STATEMENT_NOT_KEPT",
        "ATTACH");
    assertWarned(
        imported, dump, "CREATE TABLE public.child_events", "TABLE_OPTIONS_NOT_KEPT", "INHERITS");
    assertWarned(imported, dump, "EXCLUDE USING gist", "CONSTRAINT_NOT_KEPT", "EXCLUDE");
    assertWarned(imported, dump, "USING gin (payload)", "CLAUSE_NOT_KEPT", "gin");
    assertWarned(
        imported, dump, "CREATE INDEX customers_recent", "STATEMENT_NOT_KEPT", "customers_recent");
    assertWarned(
        imported,
        dump,
        "CREATE INDEX customers_lower_email",
        "STATEMENT_NOT_KEPT",
        "customers_lower_email");
    assertWarned(
        imported, dump, "CREATE SEQUENCE public.invoice_numbers", "STATEMENT_NOT_KEPT", "invoice");
    assertEveryWarningHasALine(imported, dump);
  }

  @Test
  void aMysqldumpOfRoutinesTriggersEventsDefinerViewsAndSpatialIndexesReportsEachAtItsLine() {
    var dump = Reading.resource("mariadb-unkept-features.mysqldump.sql");
    var imported = read(SourceFormat.MYSQL, dump);
    var document = imported.document();

    assertThat(document.tables())
        .extracting(Table::name)
        .containsExactlyInAnyOrder("customers", "order_lines", "orders");
    var customers = table(document, "customers");
    assertThat(column(customers, "period").type()).isEqualTo(ColumnType.INTEGER);
    assertThat(column(customers, "updated_at").defaultValue().get()).isEqualTo("CURRENT_TIMESTAMP");
    assertThat(column(customers, "email").unique()).isTrue();
    assertThat(document.relations()).hasSize(1);

    assertWarned(
        imported, dump, "TRIGGER customers_bi BEFORE INSERT", "STATEMENT_NOT_KEPT", "customers_bi");
    assertWarned(imported, dump, "EVENT `nightly` ON SCHEDULE", "STATEMENT_NOT_KEPT", "nightly");
    assertWarned(imported, dump, "FUNCTION `greet`(s", "STATEMENT_NOT_KEPT", "greet");
    assertWarned(
        imported, dump, "PROCEDURE `count_customers`(OUT", "STATEMENT_NOT_KEPT", "count_customers");
    assertWarned(
        imported, dump, "CREATE ALGORITHM", "STATEMENT_NOT_KEPT", "CREATE VIEW customer_names");
    assertWarned(
        imported, dump, "`updated_at` timestamp NOT NULL", "ON_UPDATE_NOT_KEPT", "ON UPDATE");
    assertWarned(imported, dump, "`full_name` varchar(101)", "GENERATED_NOT_KEPT", "full_name");
    assertWarned(imported, dump, "`initials` varchar(2)", "GENERATED_NOT_KEPT", "initials");
    assertWarned(imported, dump, "FULLTEXT KEY", "CONSTRAINT_NOT_KEPT", "FULLTEXT");
    assertWarned(imported, dump, "SPATIAL KEY", "CONSTRAINT_NOT_KEPT", "SPATIAL");
    assertWarned(imported, dump, "`location` point", "TYPE_MAPPED", "point");
    assertWarned(imported, dump, "CREATE TABLE `orders`", "TABLE_OPTIONS_NOT_KEPT", "PARTITION");
    assertEveryWarningHasALine(imported, dump);
  }

  @Test
  void aSqliteSchemaOfStrictWithoutRowidGeneratedColumnsAndFts5ImportsEveryTable() {
    var dump = Reading.resource("sqlite-unkept-features.schema.sql");
    var imported = read(SourceFormat.SQLITE, dump);
    var document = imported.document();

    assertThat(document.tables())
        .extracting(Table::name)
        .as("FTS5's shadow tables, which .schema names in single quotes, too")
        .containsExactlyInAnyOrder(
            "settings",
            "readings",
            "tags",
            "notes_fts_data",
            "notes_fts_idx",
            "notes_fts_content",
            "notes_fts_docsize",
            "notes_fts_config");
    assertThat(column(table(document, "readings"), "period").type()).isEqualTo(ColumnType.INTEGER);
    assertThat(document.relations()).hasSize(1);

    assertWarned(
        imported, dump, "CREATE TABLE settings", "TABLE_OPTIONS_NOT_KEPT", "WITHOUT ROWID");
    assertWarned(imported, dump, "CREATE TABLE readings", "TABLE_OPTIONS_NOT_KEPT", "STRICT");
    assertWarned(imported, dump, "doubled REAL GENERATED", "GENERATED_NOT_KEPT", "doubled");
    assertWarned(imported, dump, "label TEXT AS", "GENERATED_NOT_KEPT", "label");
    assertWarned(imported, dump, "CREATE VIEW hot", "STATEMENT_NOT_KEPT", "VIEW");
    assertWarned(imported, dump, "CREATE TRIGGER readings_ai", "STATEMENT_NOT_KEPT", "readings_ai");
    assertThat(imported.warnings())
        .as("the trigger's body is part of the trigger")
        .noneMatch(w -> w.message().startsWith("END") || w.message().startsWith("UPDATE"));
    assertWarned(imported, dump, "CREATE VIRTUAL TABLE", "STATEMENT_NOT_KEPT", "notes_fts");
    assertWarned(imported, dump, "CREATE INDEX readings_sensor", "STATEMENT_NOT_KEPT", "partial");
    assertEveryWarningHasALine(imported, dump);
  }
}
