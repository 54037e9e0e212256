package io.dbkeep.domain.format;

import io.dbkeep.domain.project.Engine;
import io.vavr.control.Option;
import java.util.Locale;

/**
 * A text format a schema can be imported from: the SQL of one engine (a dump or hand-written DDL)
 * or dbdiagram's DBML.
 */
public enum SourceFormat {
  POSTGRESQL("postgresql"),
  MYSQL("mysql"),
  SQLITE("sqlite"),
  DBML("dbml");

  private final String wireName;

  SourceFormat(String wireName) {
    this.wireName = wireName;
  }

  /** The spelling used in URLs and on the command line: {@code postgresql}, {@code dbml} … */
  public String wireName() {
    return wireName;
  }

  /** The engine whose SQL this is; none for DBML (its project settings may name one). */
  public Option<Engine> engine() {
    return switch (this) {
      case POSTGRESQL -> Option.of(Engine.POSTGRESQL);
      case MYSQL -> Option.of(Engine.MYSQL);
      case SQLITE -> Option.of(Engine.SQLITE);
      case DBML -> Option.none();
    };
  }

  /**
   * Reads a format name case-insensitively; engine aliases ({@code postgres}, {@code mariadb}) too.
   */
  public static Option<SourceFormat> parse(String text) {
    if (text == null) {
      return Option.none();
    }
    if (text.trim().toLowerCase(Locale.ROOT).equals("dbml")) {
      return Option.of(DBML);
    }
    return Engine.parse(text)
        .map(
            engine ->
                switch (engine) {
                  case POSTGRESQL -> POSTGRESQL;
                  case MYSQL -> MYSQL;
                  case SQLITE -> SQLITE;
                });
  }
}
