package io.dbkeep.adapter.out.studio;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.studio.CheckInfo;
import io.dbkeep.domain.studio.FilterOperator;
import io.dbkeep.domain.studio.Paging;
import io.dbkeep.domain.studio.RowFilter;
import io.dbkeep.domain.studio.RowSelection;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableRef;
import io.dbkeep.domain.studio.ValueKind;
import io.dbkeep.testsupport.PostgresTestDatabase;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresStudioPortTest extends JdbcStudioPortContract {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  static StudioDatabaseSettings settingsFor(PostgresTestDatabase database) {
    return serverSettings(
        Engine.POSTGRESQL,
        database.jdbcUrl(),
        database.user(),
        database.password(),
        database.name());
  }

  @Override
  protected StudioDatabaseSettings settings() {
    return settingsFor(DATABASE);
  }

  @Override
  protected Connection connect() throws SQLException {
    return DATABASE.connect();
  }

  @Override
  protected String schema() {
    return "public";
  }

  @Override
  protected List<String> fixtureDdl() {
    return List.of(
        "DROP VIEW IF EXISTS author_names",
        "DROP TABLE IF EXISTS book, author, log, hacked, \"we\"\"ird`; DROP TABLE author; --\"",
        "CREATE TABLE author (id serial PRIMARY KEY, name varchar(100) NOT NULL,"
            + " email varchar(200) CONSTRAINT author_email_key UNIQUE, score numeric(10,2), big bigint,"
            + " ratio double precision, active boolean NOT NULL DEFAULT true, born date,"
            + " created_at timestamp, seen_at timestamptz, data jsonb, avatar bytea, notes text)",
        "COMMENT ON TABLE author IS 'People who write'",
        "CREATE INDEX author_name_idx ON author (name)",
        "CREATE TABLE book (id serial PRIMARY KEY, author_id integer NOT NULL"
            + " CONSTRAINT book_author_fk REFERENCES author (id) ON DELETE RESTRICT ON UPDATE CASCADE,"
            + " title text NOT NULL)",
        "CREATE TABLE log (message text)",
        "CREATE VIEW author_names AS SELECT id, name FROM author",
        "CREATE TABLE \"we\"\"ird`; DROP TABLE author; --\" (\"select\" integer PRIMARY KEY,"
            + " \"co\"\"l`'; --\" text)");
  }

  @Override
  protected List<String> specialValues() {
    return List.of(
        "UPDATE author SET big = 9007199254740993, data = '{\"a\":[1,2,{\"b\":null}]}',"
            + " avatar = '\\x00ff10', notes = repeat('x', 1500),"
            + " created_at = '2024-05-01 12:30:45.123456', seen_at = '2024-05-01 12:30:45+02'"
            + " WHERE id = 1");
  }

  @Override
  protected String slowStatement(int seconds) {
    return "SELECT pg_sleep(" + seconds + ")";
  }

  @Override
  protected List<String> readOnlyEscapes() {
    return List.of(
        // The two texts of issue 15, finding 2, on this fixture.
        "SELECT name'\\'; COMMIT; DELETE FROM book; -- '",
        "SELECT 1 /* /* */ ' */ ; COMMIT; CREATE TABLE x(y int); -- '",
        "SELECT type'\\'; COMMIT; DELETE FROM book; -- '",
        "SELECT E'\\''; COMMIT; DELETE FROM book; -- '",
        "SELECT e'\\\\'; COMMIT; DELETE FROM book; -- '",
        "SELECT 1 /* /* /* */ */ ; */ ; COMMIT; DELETE FROM book",
        "SELECT $a$ ; $a$; COMMIT; DELETE FROM book",
        "SELECT $$ $a$ ; $$; COMMIT; DELETE FROM book; -- $$",
        "SELECT 1 AS \"a;\"\"b\"; COMMIT; DELETE FROM book",
        "SELECT U&'\\0041;'; COMMIT; DELETE FROM book",
        "SELECT 1; END; DELETE FROM book",
        "SELECT 1; ABORT; DELETE FROM book",
        "SELECT 1; PREPARE TRANSACTION 'x'; DELETE FROM book",
        "SET default_transaction_read_only = off; COMMIT; DELETE FROM book",
        "SET transaction_read_only = off; DELETE FROM book",
        "SET TRANSACTION READ WRITE; INSERT INTO log (message) VALUES ('hacked')",
        "RESET ALL; COMMIT; DELETE FROM book",
        "SELECT set_config('default_transaction_read_only', 'off', false); COMMIT;"
            + " DELETE FROM book",
        "SELECT set_config('transaction_read_only', 'off', false);"
            + " WITH d AS (DELETE FROM book RETURNING 1) SELECT count(*) FROM d",
        "DO $$ BEGIN DELETE FROM book; END $$",
        "DO $$ BEGIN COMMIT; END $$; DELETE FROM book",
        "CALL no_such_procedure()",
        "COPY (SELECT 1) TO PROGRAM 'touch /tmp/dbkeep-studio-ro-escape'",
        "COPY book FROM PROGRAM 'echo 9,1,x'",
        "SELECT * INTO TEMP hacked FROM author",
        "CREATE TEMP TABLE hacked AS SELECT 1",
        "SELECT nextval('author_id_seq'); DELETE FROM book",
        "SELECT 1; DISCARD ALL; DELETE FROM book",
        "EXPLAIN ANALYZE WITH d AS (DELETE FROM book RETURNING 1) SELECT * FROM d",
        "TABLE book; COMMIT; DELETE FROM book");
  }

  @Override
  protected String peopleSequenceReset(int last) {
    return "SELECT setval(pg_get_serial_sequence('people', 'id'), " + last + ")";
  }

  @Override
  protected String peopleDdl() {
    return "CREATE TABLE people (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name text NOT NULL, note text)";
  }

  @Override
  protected String tablesSql() {
    return "SELECT table_schema || '.' || table_name FROM information_schema.tables"
        + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
        + " AND table_schema NOT LIKE 'pg\\_temp%' ORDER BY 1";
  }

  /**
   * A server without standard conforming strings reads backslashes in plain strings as escapes: the
   * splitter does not know this, the driver does, and the session decides.
   */
  @Test
  void readOnlyHoldsWithoutStandardConformingStrings() throws SQLException {
    var settings = settings().withReadOnly(true);
    var properties = settings.properties();
    properties.setProperty("options", "-c standard_conforming_strings=off");
    var legacy =
        new StudioDatabaseSettings(
            settings.engine(),
            settings.jdbcUrl(),
            properties,
            settings.displayName(),
            true,
            settings.statementTimeout(),
            2,
            settings.connectTimeout());
    try (var readOnly = StudioDatabase.open(legacy)) {
      for (var attempt :
          List.of(
              "SELECT 'a\\'; COMMIT; DELETE FROM book; -- '",
              "SELECT 'a\\''; COMMIT; DELETE FROM book; -- '",
              "SELECT name'\\'; COMMIT; DELETE FROM book; -- '",
              "SELECT '\\'' ; COMMIT; DELETE FROM book; -- '")) {
        // Some of these are one harmless string to the server: what counts is that none writes.
        readOnly.console().runSql(attempt, "legacy");
      }
      assertThat(
              readOnly
                  .console()
                  .runSql("SELECT '\\'' ; COMMIT; DELETE FROM book; -- '", "legacy")
                  .isLeft())
          .isTrue();
      assertThat(readOnly.console().runSql("SELECT 'it\\'s'", "legacy").isRight()).isTrue();
    }
    try (var connection = DATABASE.connect();
        var statement = connection.createStatement();
        var result = statement.executeQuery("SELECT count(*) FROM book")) {
      result.next();
      assertThat(result.getLong(1)).isEqualTo(4);
    }
    assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("/tmp/dbkeep-studio-ro-escape")))
        .isFalse();
  }

  /**
   * A read-only transaction does not stop {@code lo_export} (as a superuser it writes any file on
   * the server): the read-only console refuses such calls however they are spelled.
   */
  @Test
  void readOnlyRefusesCallsWhoseEffectsLeaveTheTransaction() throws Exception {
    long oid;
    try (var connection = DATABASE.connect();
        var statement = connection.createStatement();
        var result = statement.executeQuery("SELECT lo_from_bytea(0, 'written by the studio')")) {
      result.next();
      oid = result.getLong(1);
    }
    var file = java.nio.file.Path.of("/tmp/dbkeep-ro-lo-" + System.nanoTime());
    try (var readOnly = StudioDatabase.open(settings().withReadOnly(true))) {
      for (var call :
          List.of(
              "SELECT lo_export(" + oid + ", '" + file + "')",
              "SELECT pg_catalog.lo_export(" + oid + ", '" + file + "')",
              "SELECT \"lo_export\" (" + oid + ", '" + file + "')",
              "SELECT U&\"lo\\005fexport\"(" + oid + ", '" + file + "')",
              "SELECT lo_export/* a comment */(" + oid + ", '" + file + "')",
              "SELECT lo_export -- a comment\n(" + oid + ", '" + file + "')",
              "WITH x AS (SELECT 1) SELECT LO_EXPORT(" + oid + ", '" + file + "') FROM x",
              "SELECT set_config('role', 'none', false)",
              "SELECT query_to_xml('SELECT 1', true, false, '')",
              "SELECT pg_terminate_backend(pg_backend_pid())",
              "SELECT pg_read_file('/etc/hostname')")) {
        var result = readOnly.console().runSql(call, "ro-lo");
        assertThat(result.isLeft()).as("%s: %s", call, result).isTrue();
        assertThat(result.getLeft().code()).as(call).isEqualTo(StudioError.Code.READ_ONLY);
      }
      assertThat(readOnly.console().runSql("SELECT 'configuration' AS word", "ro-lo").isRight())
          .as("other queries still run")
          .isTrue();
    } finally {
      try (var connection = DATABASE.connect();
          var statement = connection.createStatement()) {
        statement.execute("SELECT lo_unlink(" + oid + ")");
      }
    }
    assertThat(java.nio.file.Files.exists(file)).isFalse();
  }

  @Test
  void postgresTypesRoundTripThroughInsertFilterAndConflictCheckedUpdate() throws Exception {
    try (var connection = DATABASE.connect();
        var statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS kinds");
      statement.execute("DROP TYPE IF EXISTS mood");
      statement.execute("CREATE TYPE mood AS ENUM ('sad', 'happy')");
      statement.execute(
          "CREATE TABLE kinds (id serial PRIMARY KEY, tags text[], nums integer[], feeling mood,"
              + " ident uuid, span interval, seen timestamptz, price real, doc json)");
    }
    var kinds = database().catalog().describeTable(new TableRef("public", "kinds")).get();
    assertThat(kinds.column("tags").get().kind()).isEqualTo(ValueKind.ARRAY);
    assertThat(kinds.column("feeling").get().kind()).isEqualTo(ValueKind.ENUM);
    assertThat(kinds.column("feeling").get().type().enumValues()).containsExactly("sad", "happy");
    var values =
        new JsonObject(
            Map.of(
                "tags", new JsonArray(List.of(new JsonString("a"), new JsonString("b,c"))),
                "nums", new JsonArray(List.of(JsonNumber.of(1), JsonNumber.of(2))),
                "feeling", new JsonString("happy"),
                "ident", new JsonString("123e4567-e89b-12d3-a456-426614174000"),
                "span", new JsonString("1 day 02:00:00"),
                "seen", new JsonString("2024-05-01T12:00:00+02:00"),
                "price", new JsonNumber(new BigDecimal("0.1")),
                "doc", new JsonObject(Map.of("k", JsonNumber.of(1)))));
    var row = database().writer().insertRow(kinds, values).get();
    assertThat(row.get("tags").get()).isEqualTo(values.get("tags").get());
    assertThat(row.get("nums").get()).isEqualTo(values.get("nums").get());
    assertThat(row.get("seen").get()).isEqualTo(new JsonString("2024-05-01T10:00:00Z"));
    assertThat(row.get("span").get()).isEqualTo(new JsonString("1 day 02:00:00"));

    var found =
        database()
            .rows()
            .readRows(
                kinds,
                new RowSelection(
                    List.of(
                        RowFilter.of("feeling", FilterOperator.EQ, new JsonString("happy")),
                        RowFilter.of(
                            "ident",
                            FilterOperator.EQ,
                            new JsonString("123e4567-e89b-12d3-a456-426614174000")),
                        RowFilter.of(
                            "seen", FilterOperator.GTE, new JsonString("2024-05-01T09:00:00Z")),
                        RowFilter.of("doc", FilterOperator.EQ, new JsonString("{\"k\": 1}"))),
                    Option.none(),
                    Paging.first(),
                    10,
                    false,
                    false))
            .get();
    assertThat(found.rows()).hasSize(1);

    // Every value as read back is a valid expectation: no false conflict.
    var key = new JsonObject(Map.of("id", row.get("id").get()));
    var expect = new JsonObject(new java.util.LinkedHashMap<>(row.members()));
    var updated =
        database()
            .writer()
            .updateRow(
                kinds, key, new JsonObject(Map.of("feeling", new JsonString("sad"))), expect);
    assertThat(updated.isRight()).as(String.valueOf(updated)).isTrue();
    var refused =
        database()
            .writer()
            .updateRow(
                kinds,
                key,
                new JsonObject(Map.of("feeling", new JsonString("angry"))),
                JsonObject.empty());
    assertThat(refused.getLeft().code())
        .isIn(StudioError.Code.INVALID_VALUE, StudioError.Code.SQL_ERROR);
  }

  @Override
  protected List<String> checkedTableDdl() {
    return List.of(
        "DROP TABLE IF EXISTS checked",
        "DROP DOMAIN IF EXISTS positive",
        // a domain's check belongs to the domain, not to the tables using it
        "CREATE DOMAIN positive AS integer CHECK (VALUE > 0)",
        "CREATE TABLE checked (n integer CHECK (n > 0), p positive, s text,"
            + " CONSTRAINT \"a \"\"b\"\" ) -- \u00fc\" CHECK (s <> 'it''s ) --'))",
        "ALTER TABLE checked ADD CONSTRAINT late CHECK (n < 9) NOT VALID");
  }

  @Override
  protected List<CheckInfo> checkedTableChecks() {
    return List.of(
        CheckInfo.of("a \"b\" ) -- \u00fc", "(s <> 'it''s ) --'::text)"),
        CheckInfo.of("checked_n_check", "(n > 0)"),
        new CheckInfo(Option.of("late"), "(n < 9)", false));
  }
}
