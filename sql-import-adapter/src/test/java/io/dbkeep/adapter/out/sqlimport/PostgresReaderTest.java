package io.dbkeep.adapter.out.sqlimport;

import static io.dbkeep.adapter.out.sqlimport.Reading.column;
import static io.dbkeep.adapter.out.sqlimport.Reading.read;
import static io.dbkeep.adapter.out.sqlimport.Reading.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.format.ImportWarning;
import io.dbkeep.domain.format.SourceFormat;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.RelationType;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** PostgreSQL: a real pg_dump 15 of a schema with every feature, and hand-written DDL. */
class PostgresReaderTest {

  private static final String DUMP = Reading.resource("postgres-every-feature.pg_dump.sql");

  @Test
  void aRealPgDumpKeepsTablesKeysSerialsIdentityEnumsCommentsAndIndexes() {
    var imported = read(SourceFormat.POSTGRESQL, DUMP);
    var document = imported.document();

    assertThat(document.tables())
        .extracting(t -> t.name())
        .containsExactly("t", "Users", "lines", "order_tags", "orders", "tags");
    var users = table(document, "Users");
    assertThat(column(users, "id").type()).isEqualTo(ColumnType.SERIAL);
    assertThat(column(users, "id").primaryKey()).isTrue();
    assertThat(column(users, "big").type()).as("identity column").isEqualTo(ColumnType.BIGSERIAL);
    assertThat(column(users, "email").unique()).isTrue();
    assertThat(column(users, "email").length()).isEqualTo(Option.of(255));
    assertThat(column(users, "price").precision()).isEqualTo(Option.of(10));
    assertThat(column(users, "price").scale()).isEqualTo(Option.of(2));
    assertThat(column(users, "price").defaultValue()).isEqualTo(Option.of("0.00"));
    assertThat(column(users, "m").type()).isEqualTo(ColumnType.ENUM);
    assertThat(column(users, "m").defaultValue()).isEqualTo(Option.of("'happy'"));
    assertThat(document.enums())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.name()).isEqualTo("mood");
              assertThat(e.values()).containsExactly("happy", "sad", "it's");
              assertThat(column(users, "m").enumId()).isEqualTo(Option.of(e.id()));
            });
    assertThat(column(users, "created").type()).isEqualTo(ColumnType.TIMESTAMPTZ);
    assertThat(column(users, "created").nullable()).isFalse();
    assertThat(column(users, "created").defaultValue()).isEqualTo(Option.of("CURRENT_TIMESTAMP"));

    var orders = table(document, "orders");
    assertThat(orders.primaryKey()).extracting(c -> c.name()).containsExactly("a", "b");
    assertThat(orders.comment()).isEqualTo(Option.of("The orders; it's"));
    assertThat(column(orders, "note").comment()).isEqualTo(Option.of("a note"));
    assertThat(column(orders, "note").type()).isEqualTo(ColumnType.CHAR);
    assertThat(orders.indexes())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.unique()).isTrue();
              assertThat(i.name()).isEqualTo(Option.of("uq_ab"));
            });
    assertThat(table(document, "lines").indexes()).hasSize(2);

    var toUsers =
        document.relations().stream()
            .filter(r -> r.sourceTableId().equals(orders.id()))
            .findFirst()
            .orElseThrow();
    assertThat(toUsers.type()).isEqualTo(RelationType.ONE_TO_MANY);
    assertThat(toUsers.targetTableId()).isEqualTo(users.id());
    assertThat(toUsers.onDelete()).isEqualTo(Option.of(ReferentialAction.CASCADE));
  }

  @Test
  void pgDumpsCheckWithItsCastsIsKeptInTheNeutralSubsetWithItsName() {
    var document = read(SourceFormat.POSTGRESQL, DUMP).document();

    assertThat(table(document, "Users").checks())
        .singleElement()
        .satisfies(
            check -> {
              assertThat(check.name()).isEqualTo(Option.of("Users_price_check"));
              assertThat(check.expression()).isEqualTo("price >= 0");
            });
  }

  @Test
  void whatADocumentCannotHoldIsWarnedWithItsLineNeverDroppedSilently() {
    var warnings = read(SourceFormat.POSTGRESQL, DUMP).warnings();

    assertThat(warnings)
        .extracting(ImportWarning::code)
        .contains("STATEMENT_NOT_KEPT", "GENERATED_NOT_KEPT", "SCHEMA_FLATTENED");
    assertThat(warnings)
        .as("a composite foreign key is kept, not warned about")
        .noneSatisfy(w -> assertThat(w.message()).contains("\"lines\": the foreign key (a, b)"));
    assertThat(warnings).anySatisfy(w -> assertThat(w.message()).contains("CREATE VIEW"));
    assertThat(warnings).anySatisfy(w -> assertThat(w.message()).contains("\\restrict"));
    assertThat(warnings).extracting(ImportWarning::line).isSorted();
  }

  @Test
  void aPgDumpsCompositeForeignKeyKeepsEveryColumnPairInOrderAndTheJunctionTableStaysNm() {
    var document = read(SourceFormat.POSTGRESQL, DUMP).document();
    var lines = table(document, "lines");
    var orders = table(document, "orders");

    var composite =
        document.relations().stream()
            .filter(r -> r.sourceTableId().equals(lines.id()))
            .findFirst()
            .orElseThrow();
    assertThat(composite.type()).isEqualTo(RelationType.ONE_TO_MANY);
    assertThat(composite.targetTableId()).isEqualTo(orders.id());
    assertThat(composite.sourceColumnIds())
        .containsExactly(column(lines, "a").id(), column(lines, "b").id());
    assertThat(composite.targetColumnIds())
        .containsExactly(column(orders, "a").id(), column(orders, "b").id());
    assertThat(composite.onUpdate()).isEqualTo(Option.of(ReferentialAction.SET_NULL));
    var orderTags = table(document, "order_tags");
    assertThat(document.relations())
        .as("order_tags (not named as DBKeep names junction columns) stays a table, its keys kept")
        .filteredOn(r -> r.sourceTableId().equals(orderTags.id()))
        .extracting(r -> r.sourceColumnIds().size())
        .containsExactlyInAnyOrder(2, 1);
  }

  @Test
  void aCompositeForeignKeyOverAUniqueSetIsOneToOneAndMismatchedColumnCountsAreWarned() {
    var imported =
        read(
            SourceFormat.POSTGRESQL,
            """
            CREATE TABLE p (a int, b text, PRIMARY KEY (a, b));
            CREATE TABLE c (id int PRIMARY KEY, x text NOT NULL, y int NOT NULL, UNIQUE (y, x));
            ALTER TABLE ONLY public.c ADD CONSTRAINT c_fk FOREIGN KEY (y, x) REFERENCES public.p(a, b);
            CREATE TABLE d (id int PRIMARY KEY, y int, FOREIGN KEY (y) REFERENCES p (a, b));
            CREATE TABLE e (y int, x text, FOREIGN KEY (y, x) REFERENCES p);
            """);
    var document = imported.document();
    var c = table(document, "c");
    var e = table(document, "e");

    assertThat(document.relations()).hasSize(2);
    var oneToOne = document.relations().get(0);
    assertThat(oneToOne.type()).isEqualTo(RelationType.ONE_TO_ONE);
    assertThat(oneToOne.sourceColumnIds())
        .containsExactly(column(c, "y").id(), column(c, "x").id());
    var toWholeKey = document.relations().get(1);
    assertThat(toWholeKey.sourceTableId()).isEqualTo(e.id());
    assertThat(toWholeKey.additionalColumns()).hasSize(1);
    assertThat(imported.warnings())
        .anySatisfy(
            w -> {
              assertThat(w.code()).isEqualTo("RELATION_NOT_KEPT");
              assertThat(w.message()).contains("\"d\"").contains("has 1 columns but references 2");
            });
  }

  @Test
  void inlineAndTableLevelReferencesBecomeOneToManyOrOneToOne() {
    var document =
        read(
                SourceFormat.POSTGRESQL,
                """
                CREATE TABLE "Parent" (id bigint PRIMARY KEY, code text UNIQUE);
                CREATE TABLE child (
                  id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                  parent_id bigint NOT NULL REFERENCES "Parent" ON DELETE SET NULL ON UPDATE CASCADE,
                  code text,
                  only_one bigint UNIQUE,
                  CONSTRAINT fk_code FOREIGN KEY (code) REFERENCES "Parent" (code),
                  FOREIGN KEY (only_one) REFERENCES "Parent"(id) DEFERRABLE INITIALLY DEFERRED
                );
                """)
            .document();
    var child = table(document, "child");
    assertThat(column(child, "id").type()).isEqualTo(ColumnType.SERIAL);
    assertThat(document.relations()).hasSize(3);
    assertThat(document.relations())
        .extracting(r -> r.type())
        .containsExactly(
            RelationType.ONE_TO_MANY, RelationType.ONE_TO_MANY, RelationType.ONE_TO_ONE);
    var first = document.relations().get(0);
    assertThat(first.targetColumnId()).isEqualTo(column(table(document, "Parent"), "id").id());
    assertThat(first.onDelete()).isEqualTo(Option.of(ReferentialAction.SET_NULL));
    assertThat(first.onUpdate()).isEqualTo(Option.of(ReferentialAction.CASCADE));
    assertThat(document.relations().get(1).targetColumnId())
        .isEqualTo(column(table(document, "Parent"), "code").id());
  }

  @Test
  void typesKeepTheirLengthPrecisionAndScale() {
    var table =
        read(
                SourceFormat.POSTGRESQL,
                "CREATE TABLE t (a numeric(12, 4), b character varying(40), c bit varying(8), d double precision,"
                    + " e timestamp(3) without time zone, f time with time zone, g int[], h public.vector(3),"
                    + " i interval day to second, j money, k macaddr8, l int8, m geometry)")
            .document()
            .tables()
            .get(0);
    assertThat(column(table, "a").precision()).isEqualTo(Option.of(12));
    assertThat(column(table, "a").scale()).isEqualTo(Option.of(4));
    assertThat(column(table, "b").type()).isEqualTo(ColumnType.VARCHAR);
    assertThat(column(table, "b").length()).isEqualTo(Option.of(40));
    assertThat(column(table, "c").type()).isEqualTo(ColumnType.VARBIT);
    assertThat(column(table, "d").type()).isEqualTo(ColumnType.DOUBLE_PRECISION);
    assertThat(column(table, "e").type()).isEqualTo(ColumnType.TIMESTAMP);
    assertThat(column(table, "f").type()).isEqualTo(ColumnType.TIMETZ);
    assertThat(column(table, "g").type()).isEqualTo(ColumnType.TEXT);
    assertThat(column(table, "h").type()).isEqualTo(ColumnType.VECTOR);
    assertThat(column(table, "h").dimension()).isEqualTo(Option.of(3));
    assertThat(column(table, "i").type()).isEqualTo(ColumnType.INTERVAL);
    assertThat(column(table, "j").type()).isEqualTo(ColumnType.MONEY);
    assertThat(column(table, "l").type()).isEqualTo(ColumnType.BIGINT);
    assertThat(column(table, "m").type()).isEqualTo(ColumnType.TEXT);
  }

  @Test
  void aTableInAnotherSchemaWithATakenNameGetsTheSchemaAsPrefix() {
    var imported =
        read(
            SourceFormat.POSTGRESQL,
            "CREATE TABLE public.t (id int PRIMARY KEY); CREATE TABLE audit.t (id int PRIMARY KEY,"
                + " ref int REFERENCES public.t(id)); ALTER TABLE audit.t ADD COLUMN extra text;");
    assertThat(imported.document().tables())
        .extracting(t -> t.name())
        .containsExactly("t", "audit_t");
    assertThat(table(imported.document(), "audit_t").columns()).hasSize(3);
    assertThat(imported.document().relations().get(0).targetTableId())
        .isEqualTo(table(imported.document(), "t").id());
  }
}
