package io.dbkeep.adapter.out.studio;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.studio.CheckInfo;
import io.dbkeep.domain.studio.FilterOperator;
import io.dbkeep.domain.studio.Paging;
import io.dbkeep.domain.studio.RowFilter;
import io.dbkeep.domain.studio.RowSelection;
import io.dbkeep.domain.studio.TableRef;
import io.dbkeep.domain.studio.ValueKind;
import io.dbkeep.testsupport.MariaDbTestDatabase;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MariaDbStudioPortTest extends JdbcStudioPortContract {

  @RegisterExtension static final MariaDbTestDatabase DATABASE = new MariaDbTestDatabase();

  static StudioDatabaseSettings settingsFor(MariaDbTestDatabase database) {
    return serverSettings(
        Engine.MYSQL, database.jdbcUrl(), database.user(), database.password(), database.name());
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
    return DATABASE.name();
  }

  @Override
  protected List<String> fixtureDdl() {
    return List.of(
        "DROP VIEW IF EXISTS author_names",
        "DROP TABLE IF EXISTS book, author, log, hacked, `we\"ird``; DROP TABLE author; --`",
        "CREATE TABLE author (id int AUTO_INCREMENT PRIMARY KEY, name varchar(100) NOT NULL,"
            + " email varchar(200), score decimal(10,2), big bigint, ratio double,"
            + " active boolean NOT NULL DEFAULT true, born date, created_at datetime(6),"
            + " seen_at timestamp(6) NULL, data json, avatar blob, notes text,"
            + " CONSTRAINT author_email_key UNIQUE (email), INDEX author_name_idx (name))"
            + " ENGINE=InnoDB COMMENT='People who write'",
        "CREATE TABLE book (id int AUTO_INCREMENT PRIMARY KEY, author_id int NOT NULL,"
            + " title text NOT NULL, CONSTRAINT book_author_fk FOREIGN KEY (author_id)"
            + " REFERENCES author (id) ON DELETE RESTRICT ON UPDATE CASCADE) ENGINE=InnoDB",
        "CREATE TABLE log (message text)",
        "CREATE VIEW author_names AS SELECT id, name FROM author",
        "CREATE TABLE `we\"ird``; DROP TABLE author; --` (`select` int PRIMARY KEY,"
            + " `co\"l``'; --` text)");
  }

  @Override
  protected List<String> readOnlyEscapes() {
    return List.of(
        "/*!CREATE TABLE hacked (id int)*/ SELECT 1",
        "/*!50000 CREATE TABLE hacked (id int)*/ SELECT 1",
        "/*M!100000 DROP TABLE book */ SELECT 1",
        "SELECT 1 /*!; DELETE FROM book */",
        "SELECT \"a\\\"; DELETE FROM book; -- \"; DELETE FROM book",
        "SELECT \"a\\\\\"; DELETE FROM book; -- \"",
        "SELECT 'a\\'; COMMIT; DELETE FROM book; -- '; DELETE FROM book",
        "SELECT 'a\\\\'; COMMIT; DELETE FROM book; -- '",
        "SELECT 1 # ;\n; COMMIT; DELETE FROM book",
        "START TRANSACTION READ WRITE; DELETE FROM book",
        "SET autocommit = 1; DELETE FROM book",
        "SET SESSION tx_read_only = 0; COMMIT; DELETE FROM book",
        "LOAD DATA LOCAL INFILE '/etc/hostname' INTO TABLE log",
        "SELECT 1 INTO OUTFILE '/tmp/dbkeep-studio-ro-outfile'",
        "SELECT 1 INTO DUMPFILE '/tmp/dbkeep-studio-ro-dumpfile'",
        "SELECT * FROM author INTO OUTFILE '/tmp/dbkeep-studio-ro-outfile2'",
        "CREATE TABLE hacked SELECT 1",
        "RENAME TABLE log TO hacked",
        "TRUNCATE log",
        "HANDLER log OPEN",
        "DO (SELECT count(*) FROM author)",
        "TABLE book; COMMIT; DELETE FROM book");
  }

  @Override
  protected String peopleDdl() {
    return "CREATE TABLE people (id int AUTO_INCREMENT PRIMARY KEY, name varchar(200) NOT NULL, note text) ENGINE=InnoDB";
  }

  @Override
  protected String tablesSql() {
    return "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
        + " ORDER BY 1";
  }

  @Override
  protected List<String> specialValues() {
    return List.of(
        "UPDATE author SET big = 9007199254740993, data = '{\"a\":[1,2,{\"b\":null}]}',"
            + " avatar = UNHEX('00FF10'), notes = REPEAT('x', 1500),"
            + " created_at = '2024-05-01 12:30:45.123456', seen_at = '2024-05-01 12:30:45'"
            + " WHERE id = 1");
  }

  @Override
  protected String slowStatement(int seconds) {
    return "SELECT SLEEP(" + seconds + ")";
  }

  /**
   * Issue 15, finding 5: the server may ask the client for any file ({@code LOAD DATA LOCAL
   * INFILE}); the Studio's connections never answer, whatever the URL asks for.
   */
  @Test
  void loadDataLocalInfileCannotReadThisMachinesFiles() throws Exception {
    var file = java.nio.file.Files.createTempFile("dbkeep-infile", ".txt");
    try {
      java.nio.file.Files.writeString(file, "read from the client\n");
      var base = settings();
      var url = base.jdbcUrl();
      for (var jdbcUrl :
          List.of(
              url,
              url
                  + (url.contains("?") ? "&" : "?")
                  + "allowLocalInfile=true&ALLOWLOCALINFILE=true&allowMultiQueries=true"
                  + "&allowLoadLocalInfile=true&allowUrlInLocalInfile=true")) {
        var properties = base.properties();
        properties.setProperty("allowLocalInfile", "true");
        properties.setProperty("allowMultiQueries", "true");
        var settings =
            new StudioDatabaseSettings(
                Engine.MYSQL,
                jdbcUrl,
                properties,
                base.displayName(),
                false,
                base.statementTimeout(),
                1,
                base.connectTimeout());
        try (var studio = StudioDatabase.open(settings)) {
          for (var load :
              List.of(
                  "LOAD DATA LOCAL INFILE '" + file + "' INTO TABLE log",
                  "LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE log")) {
            var result = studio.console().runSql(load, "infile");
            assertThat(result.isLeft()).as("%s via %s: %s", load, jdbcUrl, result).isTrue();
          }
          // Every connection of the pool refuses, not only the console's way of running SQL; and
          // the server refuses a second statement in one text: multi-statements are off.
          try (var connection = studio.pool().getConnection();
              var statement = connection.createStatement()) {
            for (var path : List.of(file.toString(), "/etc/passwd")) {
              org.assertj.core.api.Assertions.assertThatThrownBy(
                      () ->
                          statement.execute("LOAD DATA LOCAL INFILE '" + path + "' INTO TABLE log"))
                  .as(path)
                  .isInstanceOf(SQLException.class);
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> statement.execute("SELECT 1; DELETE FROM book"))
                .isInstanceOf(SQLException.class);
          }
        }
      }
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
    try (var connection = DATABASE.connect();
        var statement = connection.createStatement();
        var result =
            statement.executeQuery("SELECT count(*), (SELECT count(*) FROM book) FROM log")) {
      result.next();
      assertThat(result.getLong(1)).isEqualTo(2);
      assertThat(result.getLong(2)).isEqualTo(4);
    }
  }

  @Test
  void mysqlTypesRoundTripThroughInsertFilterAndConflictCheckedUpdate() throws Exception {
    try (var connection = DATABASE.connect();
        var statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS kinds");
      statement.execute(
          "CREATE TABLE kinds (id bigint unsigned AUTO_INCREMENT PRIMARY KEY,"
              + " feeling enum('sad','happy','it''s complicated'), flag tinyint(1), doc json,"
              + " price float, at_time time, big bigint unsigned) ENGINE=InnoDB");
    }
    var kinds = database().catalog().describeTable(new TableRef(DATABASE.name(), "kinds")).get();
    assertThat(kinds.column("feeling").get().kind()).isEqualTo(ValueKind.ENUM);
    assertThat(kinds.column("feeling").get().type().enumValues())
        .containsExactly("sad", "happy", "it's complicated");
    assertThat(kinds.column("flag").get().kind()).isEqualTo(ValueKind.BOOLEAN);
    assertThat(kinds.column("doc").get().kind()).isEqualTo(ValueKind.JSON);
    assertThat(kinds.column("id").get().generated()).isTrue();
    var values =
        new JsonObject(
            Map.of(
                "feeling", new JsonString("it's complicated"),
                "flag", JsonBoolean.TRUE,
                "doc", new JsonObject(Map.of("k", new JsonArray(List.of(JsonNumber.of(1))))),
                "price", new JsonNumber(new BigDecimal("0.1")),
                "at_time", new JsonString("12:30:00"),
                "big", new JsonString("18446744073709551615")));
    var row = database().writer().insertRow(kinds, values).get();
    assertThat(row.get("big").get()).isEqualTo(new JsonString("18446744073709551615"));
    assertThat(row.get("flag").get()).isEqualTo(JsonBoolean.TRUE);
    assertThat(row.get("doc").get()).isEqualTo(values.get("doc").get());
    var key = new JsonObject(Map.of("id", row.get("id").get()));
    // Each value as read back is a valid expectation on its own (no false conflict).
    for (var member : row.members().entrySet()) {
      var one =
          database()
              .writer()
              .updateRow(
                  kinds,
                  key,
                  new JsonObject(Map.of("flag", JsonBoolean.TRUE)),
                  new JsonObject(Map.of(member.getKey(), member.getValue())));
      assertThat(one.isRight()).as(member.getKey() + " " + one).isTrue();
    }
    var updated =
        database()
            .writer()
            .updateRow(
                kinds,
                key,
                new JsonObject(Map.of("feeling", new JsonString("sad"))),
                new JsonObject(new java.util.LinkedHashMap<>(row.members())));
    assertThat(updated.isRight()).as(String.valueOf(updated)).isTrue();
    var found =
        database()
            .rows()
            .readRows(
                kinds,
                new RowSelection(
                    List.of(
                        RowFilter.of(
                            "big", FilterOperator.GT, new JsonString("18446744073709551614")),
                        RowFilter.of("doc", FilterOperator.EQ, new JsonString("{\"k\": [1]}"))),
                    Option.none(),
                    Paging.first(),
                    10,
                    false,
                    false))
            .get();
    assertThat(found.rows()).hasSize(1);
  }

  @Override
  protected List<String> checkedTableDdl() {
    return List.of(
        "DROP TABLE IF EXISTS checked",
        // doc's json_valid check is MariaDB's own: doc is a JSON column, not a check
        "CREATE TABLE checked (n int CHECK (n > 0), doc json, s varchar(20),"
            + " CONSTRAINT `a \"b\" ) -- \u00fc` CHECK (s <> 'it''s \\\\ ) --'))");
  }

  @Override
  protected List<CheckInfo> checkedTableChecks() {
    return List.of(
        CheckInfo.of("a \"b\" ) -- \u00fc", "`s` <> 'it\\'s \\\\ ) --'"),
        CheckInfo.of("n", "`n` > 0"));
  }
}
