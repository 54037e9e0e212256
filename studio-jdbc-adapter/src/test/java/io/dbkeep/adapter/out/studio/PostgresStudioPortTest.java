package io.dbkeep.adapter.out.studio;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.project.Engine;
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

class PostgresStudioPortTest extends StudioPortContract {

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
}
