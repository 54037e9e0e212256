package io.dbkeep.adapter.out.studio;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.studio.CheckInfo;
import io.dbkeep.testsupport.SqliteTestDatabase;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteStudioPortTest extends JdbcStudioPortContract {

  @RegisterExtension static final SqliteTestDatabase DATABASES = new SqliteTestDatabase();

  private Path file;

  private Path file() {
    if (file == null) {
      file = DATABASES.newDatabase("studio");
    }
    return file;
  }

  static StudioDatabaseSettings settingsFor(Path file) {
    return new StudioDatabaseSettings(
        Engine.SQLITE,
        SqliteTestDatabase.jdbcUrl(file),
        new Properties(),
        file.getFileName().toString(),
        false,
        Duration.ofSeconds(30),
        4,
        Duration.ofSeconds(5));
  }

  @Override
  protected StudioDatabaseSettings settings() {
    return settingsFor(file());
  }

  @Override
  protected Connection connect() throws SQLException {
    var connection = SqliteTestDatabase.connect(file());
    connection.createStatement().execute("PRAGMA foreign_keys = ON");
    return connection;
  }

  @Override
  protected void setDate(PreparedStatement statement, int index, LocalDate date)
      throws SQLException {
    statement.setString(index, date.toString());
  }

  @Override
  protected String schema() {
    return "main";
  }

  @Override
  protected List<String> fixtureDdl() {
    return List.of(
        "PRAGMA foreign_keys = OFF",
        "DROP VIEW IF EXISTS author_names",
        "DROP TABLE IF EXISTS book",
        "DROP TABLE IF EXISTS author",
        "DROP TABLE IF EXISTS log",
        "DROP TABLE IF EXISTS hacked",
        "DROP TABLE IF EXISTS \"we\"\"ird`; DROP TABLE author; --\"",
        "PRAGMA foreign_keys = ON",
        "CREATE TABLE author (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL,"
            + " email VARCHAR(200) CONSTRAINT author_email_key UNIQUE, score DECIMAL(10,2), big BIGINT,"
            + " ratio DOUBLE, active BOOLEAN NOT NULL DEFAULT 1, born DATE, created_at TIMESTAMP,"
            + " seen_at TIMESTAMPTZ, data JSON, avatar BLOB, notes TEXT)",
        "CREATE INDEX author_name_idx ON author (name)",
        "CREATE TABLE book (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL"
            + " REFERENCES author (id) ON DELETE RESTRICT ON UPDATE CASCADE, title TEXT NOT NULL)",
        "CREATE TABLE log (message TEXT)",
        "CREATE VIEW author_names AS SELECT id, name FROM author",
        "CREATE TABLE \"we\"\"ird`; DROP TABLE author; --\" (\"select\" INTEGER PRIMARY KEY,"
            + " \"co\"\"l`'; --\" TEXT)");
  }

  @Override
  protected List<String> specialValues() {
    return List.of(
        "UPDATE author SET big = 9007199254740993, data = '{\"a\":[1,2,{\"b\":null}]}',"
            + " avatar = X'00FF10', notes = replace(hex(zeroblob(750)), '0', 'x'),"
            + " created_at = '2024-05-01T12:30:45.123456', seen_at = '2024-05-01T10:30:45Z'"
            + " WHERE id = 1");
  }

  @Override
  protected String slowStatement(int seconds) {
    return "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c";
  }

  @Override
  protected List<String> readOnlyEscapes() {
    return List.of(
        "PRAGMA query_only = 0; DELETE FROM book",
        "PRAGMA query_only = 0; WITH x AS (SELECT 1) DELETE FROM book",
        "WITH x AS (SELECT 1) DELETE FROM book",
        "WITH x AS (SELECT 1) INSERT INTO log (message) SELECT 'hacked' FROM x",
        "ATTACH DATABASE 'file:dbkeep-ro-attach?mode=memory' AS other; CREATE TABLE other.t (i)",
        "VACUUM INTO '/tmp/dbkeep-studio-ro-vacuum.db'",
        "SELECT load_extension('/nonexistent/evil.so')",
        "REPLACE INTO log (message) VALUES ('hacked')",
        "BEGIN; DELETE FROM book; COMMIT",
        "SELECT 1; END; DELETE FROM book");
  }

  /**
   * SQLite runs inside the Studio's process: ATTACH and VACUUM INTO would create or write any file
   * the process may write, so the console refuses them even when it may write the database.
   */
  @org.junit.jupiter.api.Test
  void theConsoleWritesNoFileOutsideTheDatabase() throws Exception {
    var folder = java.nio.file.Files.createTempDirectory("dbkeep-sqlite-files");
    try {
      var attached = folder.resolve("attached.db");
      var copy = folder.resolve("copy.db");
      for (var sql :
          List.of(
              "ATTACH DATABASE '" + attached + "' AS other",
              "ATTACH '" + attached + "' AS other; CREATE TABLE other.t (i)",
              "VACUUM INTO '" + copy + "'",
              "vacuum main\ninto '" + copy + "'")) {
        var result = database().console().runSql(sql, "files");
        org.assertj.core.api.Assertions.assertThat(result.isLeft())
            .as("%s: %s", sql, result)
            .isTrue();
      }
      org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.list(folder)).isEmpty();
      org.assertj.core.api.Assertions.assertThat(
              database().console().runSql("SELECT count(*) FROM author", "files").isRight())
          .isTrue();
    } finally {
      try (var files = java.nio.file.Files.list(folder)) {
        for (var file : files.toList()) {
          java.nio.file.Files.delete(file);
        }
      }
      java.nio.file.Files.delete(folder);
    }
  }

  /** An INTEGER column of SQLite holds 64 bits: a value past 2^31 is a value, not a refusal. */
  @org.junit.jupiter.api.Test
  void sqliteIntegersHoldSixtyFourBits() {
    var author =
        database()
            .catalog()
            .describeTable(new io.dbkeep.domain.studio.TableRef("main", "author"))
            .get();
    var big =
        database()
            .writer()
            .insertRow(
                author,
                new io.dbkeep.domain.json.JsonObject(
                    java.util.Map.of(
                        "id",
                        new io.dbkeep.domain.json.JsonString("9223372036854775807"),
                        "name",
                        new io.dbkeep.domain.json.JsonString("Max"))));
    org.assertj.core.api.Assertions.assertThat(big.isRight()).as(String.valueOf(big)).isTrue();
    var beyond =
        database()
            .writer()
            .insertRow(
                author,
                new io.dbkeep.domain.json.JsonObject(
                    java.util.Map.of(
                        "id",
                        new io.dbkeep.domain.json.JsonString("9223372036854775808"),
                        "name",
                        new io.dbkeep.domain.json.JsonString("Beyond"))));
    org.assertj.core.api.Assertions.assertThat(beyond.getLeft().code())
        .isEqualTo(io.dbkeep.domain.studio.StudioError.Code.INVALID_VALUE);
  }

  @Override
  protected String peopleDdl() {
    return "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT)";
  }

  @Override
  protected String tablesSql() {
    return "SELECT name FROM sqlite_master ORDER BY 1";
  }

  /** The dialect's driver properties reach every pooled connection: SQLite waits for a lock. */
  @org.junit.jupiter.api.Test
  void everyConnectionWaitsForALockAsLongAsTheStatementTimeout() throws SQLException {
    var base = settingsFor(file());
    var settings =
        new StudioDatabaseSettings(
            Engine.SQLITE,
            base.jdbcUrl(),
            new Properties(),
            base.displayName(),
            false,
            Duration.ofMillis(4_321),
            1,
            base.connectTimeout());
    try (var studio = StudioDatabase.open(settings);
        var connection = studio.pool().getConnection();
        var statement = connection.createStatement();
        var result = statement.executeQuery("PRAGMA busy_timeout")) {
      org.assertj.core.api.Assertions.assertThat(result.next()).isTrue();
      org.assertj.core.api.Assertions.assertThat(result.getInt(1)).isEqualTo(4_321);
    }
  }

  @Override
  protected List<String> checkedTableDdl() {
    return List.of(
        "DROP TABLE IF EXISTS checked",
        "CREATE TABLE checked (n INTEGER CHECK (n > 0), s TEXT, -- a comment ) CHECK (\n"
            + " CONSTRAINT \"a \"\"b\"\" ) -- \u00fc\" CHECK (s <> 'it''s ) --'))");
  }

  @Override
  protected List<CheckInfo> checkedTableChecks() {
    return List.of(
        new CheckInfo(Option.none(), "n > 0", true),
        CheckInfo.of("a \"b\" ) -- \u00fc", "s <> 'it''s ) --'"));
  }
}
