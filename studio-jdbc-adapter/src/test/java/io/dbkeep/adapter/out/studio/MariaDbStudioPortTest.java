package io.dbkeep.adapter.out.studio;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.testsupport.MariaDbTestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.extension.RegisterExtension;

class MariaDbStudioPortTest extends StudioPortContract {

  @RegisterExtension static final MariaDbTestDatabase DATABASE = new MariaDbTestDatabase();

  static StudioDatabaseSettings settingsFor(MariaDbTestDatabase database) {
    var properties = new Properties();
    if (database.user() != null) {
      properties.setProperty("user", database.user());
    }
    if (database.password() != null) {
      properties.setProperty("password", database.password());
    }
    return new StudioDatabaseSettings(
        Engine.MYSQL,
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
}
