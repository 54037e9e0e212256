package io.dbkeep.adapter.out.sqlimport;

import static io.dbkeep.adapter.out.sqlimport.Reading.column;
import static io.dbkeep.adapter.out.sqlimport.Reading.read;
import static io.dbkeep.adapter.out.sqlimport.Reading.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.format.ImportWarning;
import io.dbkeep.domain.format.SourceFormat;
import io.dbkeep.domain.schema.Check;
import io.dbkeep.domain.schema.ColumnType;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * CHECK constraints as the dumps print them become checks in the neutral subset; what is outside
 * stays a warning naming its line and table; an enum column's SQLite check stays an enum.
 */
class CheckImportTest {

  @Test
  void pgDumpForms() {
    var sql =
        """
        CREATE TABLE public.p (
            id bigint NOT NULL,
            name character varying(20),
            status character varying(10),
            price numeric(10,2),
            qty integer,
            CONSTRAINT p_price_check CHECK ((price >= (0)::numeric)),
            CONSTRAINT p_status_check CHECK (((status)::text = ANY ((ARRAY['a'::character varying, 'it''s'::character varying])::text[]))),
            CONSTRAINT p_status_not CHECK (((status)::text <> ALL (ARRAY[('x'::character varying)::text, ('y'::character varying)::text]))),
            CONSTRAINT p_name_check CHECK ((char_length((name)::text) > 0)),
            CONSTRAINT p_like CHECK (((name)::text ~~ 'a%'::text)),
            CONSTRAINT p_not_like CHECK (((name)::text !~~ '%z'::text)),
            CONSTRAINT p_qty CHECK (((qty > '-1'::integer) AND (qty <= 10))),
            CONSTRAINT p_regex CHECK (((name)::text ~ '^a'::text))
        );
        ALTER TABLE public.p
            ADD CONSTRAINT p_late CHECK ((qty < 100)) NOT VALID;
        """;

    var imported = read(SourceFormat.POSTGRESQL, sql);

    assertThat(table(imported.document(), "p").checks())
        .extracting(c -> c.name().get(), Check::expression)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("p_price_check", "price >= 0"),
            org.assertj.core.groups.Tuple.tuple("p_status_check", "status IN ('a', 'it''s')"),
            org.assertj.core.groups.Tuple.tuple("p_status_not", "status NOT IN ('x', 'y')"),
            org.assertj.core.groups.Tuple.tuple("p_name_check", "length(name) > 0"),
            org.assertj.core.groups.Tuple.tuple("p_like", "name LIKE 'a%'"),
            org.assertj.core.groups.Tuple.tuple("p_not_like", "name NOT LIKE '%z'"),
            org.assertj.core.groups.Tuple.tuple("p_qty", "qty > -1 AND qty <= 10"),
            org.assertj.core.groups.Tuple.tuple("p_late", "qty < 100"));
    assertThat(imported.warnings())
        .filteredOn(w -> w.code().equals("CHECK_NOT_KEPT"))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.line()).isEqualTo(14);
              assertThat(w.message()).contains("table \"p\"").contains("~ '^a'");
            });
  }

  @Test
  void mysqldumpAndMariaDbForms() {
    var sql =
        """
        CREATE TABLE `p` (
          `id` int(11) NOT NULL,
          `name` varchar(20) DEFAULT NULL,
          `price` decimal(10,2) DEFAULT NULL CHECK (`price` >= 0),
          `s` enum('a','b') DEFAULT NULL,
          PRIMARY KEY (`id`),
          CONSTRAINT `CONSTRAINT_1` CHECK (char_length(`name`) > 0 and `s` in ('a')),
          CONSTRAINT `c2` CHECK ((`name` in (_utf8mb4'x',_utf8mb4'y'))),
          CONSTRAINT `bytes` CHECK (length(`name`) < 10)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
        """;

    var imported = read(SourceFormat.MYSQL, sql);

    assertThat(table(imported.document(), "p").checks())
        .extracting(c -> c.name().getOrNull(), Check::expression)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, "price >= 0"),
            org.assertj.core.groups.Tuple.tuple("CONSTRAINT_1", "length(name) > 0 AND s IN ('a')"),
            org.assertj.core.groups.Tuple.tuple("c2", "name IN ('x', 'y')"));
    assertThat(imported.warnings())
        .filteredOn(w -> w.code().equals("CHECK_NOT_KEPT"))
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("counts bytes").contains("\"p\""));
  }

  @Test
  void sqliteSchemaAsWrittenAndTheEnumCheckStaysAnEnum() {
    var sql =
        """
        CREATE TABLE "p" (
          "id" INTEGER PRIMARY KEY,
          "Name" TEXT CHECK (length(name) > 0),
          "kind" TEXT CONSTRAINT "ck_p_kind" CHECK ("kind" IN ('a', 'b')),
          [price] NUMERIC CHECK(price>=0 AND price<1e9),
          CONSTRAINT "named" CHECK ("kind" <> 'a' OR [price] > 1)
        );
        """;

    var imported = read(SourceFormat.SQLITE, sql);
    var table = table(imported.document(), "p");

    assertThat(column(table, "kind").type()).isEqualTo(ColumnType.ENUM);
    assertThat(table.checks())
        .extracting(c -> c.name().getOrNull(), Check::expression)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, "length(Name) > 0"),
            org.assertj.core.groups.Tuple.tuple("named", "kind <> 'a' OR price > 1"));
    assertThat(imported.warnings())
        .extracting(ImportWarning::code)
        .containsOnlyOnce("CHECK_NOT_KEPT");
  }

  @Test
  void aBooleanToldByACheckReachesTheColumnsItsForeignKeysJoin() {
    // our SQLite export writes BOOLEAN as INTEGER: a boolean key and the boolean column referencing
    // it come back as two INTEGERs, and only the check on the referencing one tells what they were
    // (found by CheckProperties, seed -9111: the referencing column became BOOLEAN, its key stayed
    // INTEGER, and the imported document was invalid)
    var sql =
        """
        CREATE TABLE "k" ("flag" INTEGER NOT NULL, CONSTRAINT "uq" UNIQUE ("flag"));
        CREATE TABLE "a" ("x" INTEGER, CONSTRAINT "c" CHECK ("x"),
          CONSTRAINT "fa" FOREIGN KEY ("x") REFERENCES "k" ("flag"));
        CREATE TABLE "b" ("y" INTEGER, CONSTRAINT "fb" FOREIGN KEY ("y") REFERENCES "k" ("flag"));
        CREATE TABLE "n" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "z" INTEGER,
          CONSTRAINT "cn" CHECK ("z"));
        CREATE TABLE "m" ("w" INTEGER, CONSTRAINT "fm" FOREIGN KEY ("w") REFERENCES "n" ("id"));
        """;

    var document = read(SourceFormat.SQLITE, sql).document();

    assertThat(column(table(document, "k"), "flag").type()).isEqualTo(ColumnType.BOOLEAN);
    assertThat(column(table(document, "a"), "x").type()).isEqualTo(ColumnType.BOOLEAN);
    assertThat(column(table(document, "b"), "y").type())
        .as("joined through the key")
        .isEqualTo(ColumnType.BOOLEAN);
    assertThat(column(table(document, "n"), "z").type()).isEqualTo(ColumnType.BOOLEAN);
    assertThat(column(table(document, "m"), "w").type())
        .as("an autoincrement key is no boolean, nor what references it")
        .isEqualTo(ColumnType.INTEGER);
    assertThat(
            io.dbkeep.domain.schema.sql.SchemaValidator.validate(
                    document, io.dbkeep.domain.project.Engine.SQLITE)
                .errors())
        .isEmpty();
  }

  @Test
  void hostileChecksInADumpAreWarningsNotFailures() {
    var sql =
        "CREATE TABLE t (a int, CHECK (a > 0 /* c */), CHECK (a + 1e400 > 0), CHECK ("
            + "(".repeat(200)
            + "a > 0"
            + ")".repeat(200)
            + "), CHECK (nope > 0), CHECK ('x' = a));";

    var imported = read(SourceFormat.POSTGRESQL, sql);

    assertThat(imported.document().tables().get(0).checks())
        .as("the comment is the SQL's, not the check's")
        .extracting(Check::expression)
        .containsExactly("a > 0");
    assertThat(imported.warnings()).filteredOn(w -> w.code().equals("CHECK_NOT_KEPT")).hasSize(4);
    assertThat(Option.of(imported.warnings().get(0).line())).contains(1);
  }
}
