package io.dbkeep.adapter.out.sqlimport;

import static io.dbkeep.adapter.out.sqlimport.Reading.column;
import static io.dbkeep.adapter.out.sqlimport.Reading.read;
import static io.dbkeep.adapter.out.sqlimport.Reading.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.format.ImportWarning;
import io.dbkeep.domain.format.SourceFormat;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.ReferentialAction;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** MySQL (a real MariaDB mysqldump) and SQLite (.schema output). */
class MySqlAndSqliteReaderTest {

  @Test
  void aRealMysqldumpKeepsAutoIncrementEnumsCommentsBackticksAndKeys() {
    var imported =
        read(SourceFormat.MYSQL, Reading.resource("mariadb-every-feature.mysqldump.sql"));
    var document = imported.document();

    assertThat(document.tables())
        .extracting(t -> t.name())
        .containsExactly("Users", "lines", "orders");
    var users = table(document, "Users");
    assertThat(column(users, "id").type()).isEqualTo(ColumnType.SERIAL);
    assertThat(column(users, "id").primaryKey()).isTrue();
    assertThat(column(users, "email").comment()).isEqualTo(Option.of("the mail; it's"));
    assertThat(column(users, "email").unique()).isTrue();
    assertThat(column(users, "m").type()).isEqualTo(ColumnType.ENUM);
    assertThat(document.enums())
        .singleElement()
        .satisfies(e -> assertThat(e.values()).containsExactly("happy", "sad", "it's"));
    assertThat(column(users, "flag").type()).isEqualTo(ColumnType.BOOLEAN);
    assertThat(column(users, "flag").defaultValue()).isEqualTo(Option.of("TRUE"));
    assertThat(column(users, "created").defaultValue()).isEqualTo(Option.of("CURRENT_TIMESTAMP"));
    assertThat(column(users, "body").defaultValue())
        .as("DEFAULT NULL is no default")
        .isEqualTo(Option.none());
    assertThat(users.comment()).isEqualTo(Option.of("people"));
    var orders = table(document, "orders");
    assertThat(orders.primaryKey()).hasSize(2);
    var lines = table(document, "lines");
    assertThat(document.relations())
        .hasSize(2)
        .anySatisfy(
            r -> {
              assertThat(r.sourceTableId()).isEqualTo(orders.id());
              assertThat(r.onDelete()).isEqualTo(Option.of(ReferentialAction.CASCADE));
            })
        .anySatisfy(
            r -> {
              assertThat(r.sourceTableId()).isEqualTo(lines.id());
              assertThat(r.sourceColumnIds())
                  .containsExactly(column(lines, "a").id(), column(lines, "b").id());
              assertThat(r.targetColumnIds())
                  .containsExactly(column(orders, "a").id(), column(orders, "b").id());
              assertThat(r.onUpdate()).isEqualTo(Option.of(ReferentialAction.SET_NULL));
            });
    assertThat(imported.warnings())
        .extracting(ImportWarning::code)
        .contains("GENERATED_NOT_KEPT", "STATEMENT_NOT_KEPT")
        .doesNotContain("TABLE_OPTIONS_NOT_KEPT", "CHECK_NOT_KEPT", "RELATION_NOT_KEPT");
    assertThat(users.checks())
        .singleElement()
        .satisfies(
            check -> {
              assertThat(check.name()).isEqualTo(Option.none());
              assertThat(check.expression()).isEqualTo("price >= 0");
            });
  }

  @Test
  void mysqlTypesUnsignedAndPrefixKeys() {
    var table =
        read(
                SourceFormat.MYSQL,
                "CREATE TABLE `t` (`a` int(10) unsigned NOT NULL, `b` bigint AUTO_INCREMENT, `c` double,"
                    + " `d` mediumtext, `e` varbinary(16), `f` set('x','y'), `g` datetime(6), `h` tinyint(4),"
                    + " `i` varchar(20) CHARACTER SET latin1 COLLATE latin1_bin, KEY `k` (`i`(5)), PRIMARY KEY (`b`))"
                    + " ENGINE=MyISAM ROW_FORMAT=DYNAMIC;")
            .document()
            .tables()
            .get(0);
    assertThat(column(table, "a").type()).isEqualTo(ColumnType.INTEGER);
    assertThat(column(table, "b").type()).isEqualTo(ColumnType.BIGSERIAL);
    assertThat(column(table, "c").type()).isEqualTo(ColumnType.DOUBLE_PRECISION);
    assertThat(column(table, "d").type()).isEqualTo(ColumnType.TEXT);
    assertThat(column(table, "e").type()).isEqualTo(ColumnType.BYTEA);
    assertThat(column(table, "f").type()).isEqualTo(ColumnType.TEXT);
    assertThat(column(table, "g").type()).isEqualTo(ColumnType.TIMESTAMP);
    assertThat(column(table, "h").type()).isEqualTo(ColumnType.SMALLINT);
    assertThat(column(table, "i").length()).isEqualTo(Option.of(20));
    assertThat(table.indexes())
        .singleElement()
        .satisfies(i -> assertThat(i.name()).isEqualTo(Option.of("k")));
  }

  @Test
  void sqliteSchemaOutputKeepsAutoincrementAffinityEnumChecksAndComments() {
    var imported =
        read(
            SourceFormat.SQLITE,
            """
            CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT, n VARCHAR(20) NOT NULL UNIQUE, k TEXT CHECK (k IN ('x','y')), d DEFAULT 3);
            CREATE TABLE sqlite_sequence(name,seq);
            -- the b table
            -- has two lines
            CREATE TABLE [b] (x INTEGER, y INT REFERENCES a(id) ON DELETE CASCADE,
             -- a comment
             z FLOATING POINT, w VARCHAR2(10), PRIMARY KEY (x,y)) WITHOUT ROWID;
            CREATE INDEX ix_b ON b(z);
            """);
    var document = imported.document();
    var a = table(document, "a");
    assertThat(column(a, "id").type()).isEqualTo(ColumnType.SERIAL);
    assertThat(column(a, "k").type()).isEqualTo(ColumnType.ENUM);
    assertThat(document.enums())
        .singleElement()
        .satisfies(e -> assertThat(e.values()).containsExactly("x", "y"));
    assertThat(column(a, "d").type()).isEqualTo(ColumnType.BYTEA);
    assertThat(column(a, "d").defaultValue()).isEqualTo(Option.of("3"));
    var b = table(document, "b");
    assertThat(b.comment()).isEqualTo(Option.of("the b table\nhas two lines"));
    assertThat(column(b, "z").comment()).isEqualTo(Option.of("a comment"));
    assertThat(column(b, "z").type())
        .as("affinity of FLOATING POINT")
        .isEqualTo(ColumnType.INTEGER);
    assertThat(column(b, "w").type()).as("affinity of VARCHAR2").isEqualTo(ColumnType.TEXT);
    assertThat(b.indexes()).hasSize(1);
    assertThat(imported.warnings()).anySatisfy(w -> assertThat(w.message()).contains("WITHOUT"));
  }
}
