package io.dbkeep.adapter.out.studio;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresStudioPortTest extends StudioPortContract {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  static StudioDatabaseSettings settingsFor(PostgresTestDatabase database) {
    var properties = new Properties();
    if (database.user() != null) {
      properties.setProperty("user", database.user());
    }
    if (database.password() != null) {
      properties.setProperty("password", database.password());
    }
    return new StudioDatabaseSettings(
        Engine.POSTGRESQL,
        database.jdbcUrl(),
        properties,
        database.name(),
        false,
        Duration.ofSeconds(30),
        4,
        Duration.ofSeconds(5));
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
}
