package io.dbkeep.adapter.out.embedded;

/**
 * How DBKeep connects to its embedded PostgreSQL: loopback, a non-superuser role that owns the
 * database, a generated password.
 *
 * @param host always {@code 127.0.0.1}
 * @param port the port PostgreSQL listens on (chosen free at each start)
 * @param database the database DBKeep uses
 * @param user the role that owns it (not a superuser)
 * @param password its generated password; never printed ({@link #toString()} masks it)
 */
public record EmbeddedPostgresConnection(
    String host, int port, String database, String user, String password) {

  /** A {@code postgresql://user:password@host:port/database} URL with the password in it. */
  public String url() {
    return "postgresql://" + user + ":" + password + "@" + host + ":" + port + "/" + database;
  }

  @Override
  public String toString() {
    return "postgresql://" + user + ":****@" + host + ":" + port + "/" + database;
  }
}
