package io.dbkeep.domain.project;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;

/** The database engine a project targets. */
public enum Engine {
  POSTGRESQL("PostgreSQL"),
  MYSQL("MySQL"),
  SQLITE("SQLite");

  private final String displayName;

  Engine(String displayName) {
    this.displayName = displayName;
  }

  /**
   * The spelling used on the wire and in storage: {@code PostgreSQL}, {@code MySQL}, {@code
   * SQLite}.
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Reads an engine name case-insensitively: the display names, the enum names, and the common
   * aliases {@code postgres} and {@code mariadb}.
   */
  public static Option<Engine> parse(String text) {
    if (text == null) {
      return Option.none();
    }
    var key = text.trim().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "postgres", "postgresql", "pg" -> Option.of(POSTGRESQL);
      case "mysql", "mariadb" -> Option.of(MYSQL);
      case "sqlite", "sqlite3" -> Option.of(SQLITE);
      default -> Option.none();
    };
  }

  /** The display names, for messages. */
  public static String allowedNames() {
    return List.of(values()).map(Engine::displayName).mkString(", ");
  }
}
