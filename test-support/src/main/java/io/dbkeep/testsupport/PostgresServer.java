package io.dbkeep.testsupport;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests use, chosen once per JVM:
 *
 * <ol>
 *   <li>{@code DBKEEP_TEST_DATABASE_URL} (environment or system property), as {@code
 *       postgresql://user:password@host:port/db} or {@code jdbc:postgresql://…};
 *   <li>else a Testcontainers PostgreSQL when a Docker engine is available;
 *   <li>else the local server at {@code 127.0.0.1:5432} as user {@code postgres}.
 * </ol>
 *
 * If the chosen server does not answer, tests fail with a message that says how to provide one.
 */
final class PostgresServer {

  static final String VARIABLE = "DBKEEP_TEST_DATABASE_URL";
  private static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/postgres";

  private static volatile PostgresServer instance;

  final String adminJdbcUrl;
  final String user;
  final String password;
  final String source;

  private PostgresServer(String adminJdbcUrl, String user, String password, String source) {
    this.adminJdbcUrl = adminJdbcUrl;
    this.user = user;
    this.password = password;
    this.source = source;
  }

  static PostgresServer get() {
    var local = instance;
    if (local == null) {
      synchronized (PostgresServer.class) {
        local = instance;
        if (local == null) {
          local = choose();
          local.check();
          instance = local;
        }
      }
    }
    return local;
  }

  Connection connect(String jdbcUrl) throws SQLException {
    var properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return DriverManager.getConnection(jdbcUrl, properties);
  }

  /** The JDBC URL of database {@code name} on this server. */
  String jdbcUrlOf(String name) {
    var uri = URI.create(adminJdbcUrl.substring("jdbc:".length()));
    var query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return "jdbc:postgresql://" + uri.getRawAuthority() + "/" + name + query;
  }

  private void check() {
    try (var connection = connect(adminJdbcUrl)) {
      connection.createStatement().execute("select 1");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "No PostgreSQL server answers for the tests (tried "
              + source
              + ": "
              + e.getMessage()
              + "). Provide one: set "
              + VARIABLE
              + "=postgresql://user:password@host:5432/postgres, or start a Docker engine for"
              + " Testcontainers, or run PostgreSQL on 127.0.0.1:5432 with user postgres"
              + " (e.g. pg_ctlcluster <version> main start).",
          e);
    }
  }

  private static PostgresServer choose() {
    var configured = System.getProperty(VARIABLE, System.getenv(VARIABLE));
    if (configured != null && !configured.isBlank()) {
      return fromUrl(configured.strip());
    }
    if (DockerEngine.isAvailable()) {
      var container = new PostgreSQLContainer("postgres:17-alpine");
      container.start();
      Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
      return new PostgresServer(
          container.getJdbcUrl(),
          container.getUsername(),
          container.getPassword(),
          "Testcontainers " + container.getJdbcUrl());
    }
    return new PostgresServer(LOCAL, "postgres", null, "the local server " + LOCAL);
  }

  private static PostgresServer fromUrl(String url) {
    if (url.startsWith("jdbc:postgresql://")) {
      return new PostgresServer(url, null, null, VARIABLE);
    }
    var uri = URI.create(url);
    if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
      throw new IllegalStateException(
          VARIABLE + " must be a postgresql:// or jdbc:postgresql:// URL");
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      var parts = uri.getRawUserInfo().split(":", 2);
      user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
      password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
    }
    var port = uri.getPort() < 0 ? 5432 : uri.getPort();
    var path =
        uri.getRawPath() == null || uri.getRawPath().length() <= 1 ? "/postgres" : uri.getRawPath();
    var query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new PostgresServer(
        "jdbc:postgresql://" + uri.getHost() + ":" + port + path + query, user, password, VARIABLE);
  }
}
