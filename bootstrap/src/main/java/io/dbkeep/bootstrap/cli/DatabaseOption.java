package io.dbkeep.bootstrap.cli;

import picocli.CommandLine.Option;

/** {@code --database-url}, which takes precedence over {@code DATABASE_URL}. */
public final class DatabaseOption {

  @Option(
      names = "--database-url",
      paramLabel = "URL",
      description =
          "PostgreSQL URL (postgresql://user:password@host:port/db or jdbc:postgresql://…), or"
              + " embedded; default: $DATABASE_URL, else postgresql://postgres@localhost:5432/dbkeep"
              + " when a server answers there, else the embedded PostgreSQL in $DBKEEP_HOME")
  String url;

  /** The URL given on the command line, or null. */
  public String url() {
    return url;
  }
}
