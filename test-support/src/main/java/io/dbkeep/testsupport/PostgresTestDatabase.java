package io.dbkeep.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, empty PostgreSQL database for one test class, dropped afterwards. Register it as a
 * static field:
 *
 * <pre>{@code
 * @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();
 * }</pre>
 *
 * The server is chosen by {@link PostgresServer}: {@code DBKEEP_TEST_DATABASE_URL}, else
 * Testcontainers, else {@code 127.0.0.1:5432}. When none answers, the tests fail (never skip).
 */
public final class PostgresTestDatabase implements BeforeAllCallback, AfterAllCallback {

  private PostgresServer server;
  private String name;
  private final List<String> others = new CopyOnWriteArrayList<>();

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    server = PostgresServer.get();
    name = "dbkeep_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (var admin = server.connect(server.adminJdbcUrl)) {
      admin.createStatement().execute("create database " + name);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    if (name == null) {
      return;
    }
    try (var admin = server.connect(server.adminJdbcUrl)) {
      for (var database : others) {
        admin.createStatement().execute("drop database if exists " + database + " with (force)");
      }
      admin.createStatement().execute("drop database if exists " + name + " with (force)");
    }
  }

  /** The database's name (lower case letters, digits and underscores). */
  public String name() {
    return name;
  }

  /** The JDBC URL of this class's database (credentials not included). */
  public String jdbcUrl() {
    return server.jdbcUrlOf(name);
  }

  /** A {@code postgresql://user:password@host:port/name} URL, as DATABASE_URL takes it. */
  public String databaseUrl() {
    var rest = jdbcUrl().substring("jdbc:postgresql://".length());
    var credentials =
        server.user == null
            ? ""
            : encode(server.user)
                + (server.password == null ? "" : ":" + encode(server.password))
                + "@";
    return "postgresql://" + credentials + rest;
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  /** The user name to connect with, or null when the URL carries it. */
  public String user() {
    return server.user;
  }

  /** The password to connect with, or null. */
  public String password() {
    return server.password;
  }

  /** A new connection to this class's database. */
  public Connection connect() throws SQLException {
    return server.connect(jdbcUrl());
  }

  /** A new connection to the server's maintenance database (to create or drop databases). */
  public Connection connectAdmin() throws SQLException {
    return server.connect(server.adminJdbcUrl);
  }

  /**
   * A fresh, uniquely named database on the same server. It is dropped with this class's database
   * after the class's tests (dropping it earlier is fine).
   */
  public String createAnotherDatabase(String prefix) throws SQLException {
    var another =
        prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_")
            + "_"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    others.add(another);
    try (var admin = connectAdmin()) {
      admin.createStatement().execute("create database " + another);
    }
    return another;
  }

  /** The JDBC URL of another database on the same server. */
  public String jdbcUrlOf(String database) {
    return server.jdbcUrlOf(database);
  }
}
