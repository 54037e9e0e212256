package io.dbkeep.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.mariadb.MariaDBContainer;

/**
 * A fresh, empty MariaDB database (utf8mb4) for one test class, dropped afterwards — the real
 * server the MySQL dialect is tested on. Register it as a static field:
 *
 * <pre>{@code
 * @RegisterExtension static final MariaDbTestDatabase MARIADB = new MariaDbTestDatabase();
 * }</pre>
 *
 * The server is {@code DBKEEP_TEST_MARIADB_URL} (a {@code jdbc:mariadb://host:port/} URL,
 * credentials as {@code ?user=…&password=…}); else Testcontainers MariaDB when a Docker engine is
 * available; else {@code 127.0.0.1:3306} as {@code root} without password. When none answers, tests
 * fail (never skip).
 */
public final class MariaDbTestDatabase implements BeforeAllCallback, AfterAllCallback {

  static final String VARIABLE = "DBKEEP_TEST_MARIADB_URL";
  private static final String LOCAL = "jdbc:mariadb://127.0.0.1:3306/?user=root&sslMode=disable";

  private static volatile Server server;

  private String name;
  private final List<String> created = new CopyOnWriteArrayList<>();

  /** Where the server is and how to log in. */
  private record Server(String baseUrl, String user, String password, String source) {

    String urlOf(String database) {
      var query = baseUrl.indexOf('?');
      var base = query < 0 ? baseUrl : baseUrl.substring(0, query);
      var parameters = query < 0 ? "" : baseUrl.substring(query);
      if (!base.endsWith("/")) {
        base = base.substring(0, base.lastIndexOf('/') + 1);
      }
      return base + database + parameters;
    }

    Connection connect(String url) throws SQLException {
      var properties = new Properties();
      if (user != null) {
        properties.setProperty("user", user);
      }
      if (password != null) {
        properties.setProperty("password", password);
      }
      return DriverManager.getConnection(url, properties);
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    name = createDatabase("dbkeep_test");
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    for (var database : created) {
      dropDatabase(database);
    }
  }

  /** This class's database name. */
  public String name() {
    return name;
  }

  /** The JDBC URL of this class's database (with the server's credentials as parameters). */
  public String jdbcUrl() {
    return jdbcUrlOf(name);
  }

  /** The JDBC URL of another database on the same server. */
  public String jdbcUrlOf(String database) {
    return server().urlOf(database);
  }

  /** The user to log in as, or null when the URL carries it. */
  public String user() {
    return server().user();
  }

  /** The password, or null. */
  public String password() {
    return server().password();
  }

  /** A new connection to this class's database. */
  public Connection connect() throws SQLException {
    return server().connect(jdbcUrl());
  }

  /** A new connection to another database on the same server. */
  public Connection connect(String database) throws SQLException {
    return server().connect(jdbcUrlOf(database));
  }

  /**
   * Creates a fresh, uniquely named utf8mb4 database. It is dropped after the class's tests
   * (dropping it earlier with {@link #dropDatabase} is fine).
   */
  public String createDatabase(String prefix) throws SQLException {
    var database =
        prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_")
            + "_"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    created.add(database);
    try (var admin = server().connect(server().baseUrl())) {
      admin
          .createStatement()
          .execute(
              "create database `"
                  + database
                  + "` character set utf8mb4 collate utf8mb4_unicode_ci");
    }
    return database;
  }

  /** Drops a database created by {@link #createDatabase}. */
  public void dropDatabase(String database) throws SQLException {
    try (var admin = server().connect(server().baseUrl())) {
      admin.createStatement().execute("drop database if exists `" + database + "`");
    }
  }

  private static Server server() {
    var local = server;
    if (local == null) {
      synchronized (MariaDbTestDatabase.class) {
        local = server;
        if (local == null) {
          local = choose();
          check(local);
          server = local;
        }
      }
    }
    return local;
  }

  private static Server choose() {
    var configured = System.getProperty(VARIABLE, System.getenv(VARIABLE));
    if (configured != null && !configured.isBlank()) {
      return new Server(configured.strip(), null, null, VARIABLE);
    }
    if (DockerEngine.isAvailable()) {
      var container = new MariaDBContainer("mariadb:11");
      container.start();
      Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
      var url = "jdbc:mariadb://" + container.getHost() + ":" + container.getMappedPort(3306) + "/";
      return new Server(url, "root", container.getPassword(), "Testcontainers " + url);
    }
    return new Server(LOCAL, null, null, "the local server " + LOCAL);
  }

  private static void check(Server candidate) {
    try (var connection = candidate.connect(candidate.baseUrl())) {
      connection.createStatement().execute("select 1");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "No MariaDB server answers for the tests (tried "
              + candidate.source()
              + ": "
              + e.getMessage()
              + "). Provide one: set "
              + VARIABLE
              + "=jdbc:mariadb://host:3306/?user=root&password=…, or start a Docker engine for"
              + " Testcontainers, or run MariaDB on 127.0.0.1:3306 with user root"
              + " (e.g. start-stop-daemon --start --background --exec /usr/sbin/mariadbd).",
          e);
    }
  }
}
