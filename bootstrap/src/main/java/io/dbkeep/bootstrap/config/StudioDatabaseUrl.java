package io.dbkeep.bootstrap.config;

import io.dbkeep.domain.project.Engine;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Any database the Studio may open: PostgreSQL ({@code postgres[ql]://…}, {@code
 * jdbc:postgresql://…}), MySQL or MariaDB ({@code mysql://user:password@host:port/db}, {@code
 * mariadb://…}, {@code jdbc:mariadb://…}, {@code jdbc:mysql://…}) or SQLite ({@code
 * jdbc:sqlite:FILE}, {@code sqlite:FILE}).
 *
 * @param jdbcUrl the driver URL without the credentials of a {@code scheme://user:password@} URL
 * @param properties the driver properties (user, password); never printed
 * @param display the location, safe to print
 */
public record StudioDatabaseUrl(
    Engine engine, String jdbcUrl, Properties properties, String display) {

  /**
   * Reads {@code text}.
   *
   * @throws ConfigurationException naming what is wrong, with any password masked
   */
  public static StudioDatabaseUrl parse(String text) {
    if (text == null || text.isBlank()) {
      throw new ConfigurationException("The database URL is empty");
    }
    var url = text.strip();
    var lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:sqlite:") || lower.startsWith("sqlite:")) {
      return sqlite(url.substring(url.indexOf(':', lower.startsWith("jdbc:") ? 5 : 0) + 1));
    }
    if (lower.startsWith("jdbc:postgresql:")
        || lower.startsWith("postgres://")
        || lower.startsWith("postgresql://")) {
      var postgres = DatabaseUrl.parse(url);
      var properties = new Properties();
      if (postgres.username() != null) {
        properties.setProperty("user", postgres.username());
      }
      if (postgres.password() != null) {
        properties.setProperty("password", postgres.password());
      }
      return new StudioDatabaseUrl(
          Engine.POSTGRESQL, postgres.jdbcUrl(), properties, postgres.display());
    }
    if (lower.startsWith("mysql://") || lower.startsWith("mariadb://")) {
      return mysqlUri(url);
    }
    if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
      var jdbc = "jdbc:mariadb:" + url.substring(url.indexOf(':', 5) + 1);
      return new StudioDatabaseUrl(
          Engine.MYSQL, withLocalTls(jdbc), new Properties(), DatabaseUrl.mask(jdbc));
    }
    throw new ConfigurationException(
        "The database URL must start with postgres://, postgresql://, jdbc:postgresql:, mysql://,"
            + " mariadb://, jdbc:mariadb:, jdbc:mysql:, jdbc:sqlite: or sqlite:"
            + (url.contains("://") ? ": " + DatabaseUrl.mask(url) : ""));
  }

  /** DBKeep's own (PostgreSQL) database. */
  public static StudioDatabaseUrl of(DatabaseUrl postgres) {
    var properties = new Properties();
    if (postgres.username() != null) {
      properties.setProperty("user", postgres.username());
    }
    if (postgres.password() != null) {
      properties.setProperty("password", postgres.password());
    }
    return new StudioDatabaseUrl(
        Engine.POSTGRESQL, postgres.jdbcUrl(), properties, postgres.display());
  }

  private static StudioDatabaseUrl sqlite(String location) {
    var file = location.contains("?") ? location.substring(0, location.indexOf('?')) : location;
    if (file.isBlank()) {
      throw new ConfigurationException("A SQLite URL names a file: jdbc:sqlite:path/to/file.db");
    }
    if (!file.equals(":memory:")
        && !file.startsWith("file:")
        && !Files.isRegularFile(Path.of(file))) {
      throw new ConfigurationException("There is no SQLite database at " + file);
    }
    return new StudioDatabaseUrl(
        Engine.SQLITE, "jdbc:sqlite:" + location, new Properties(), "sqlite:" + file);
  }

  private static StudioDatabaseUrl mysqlUri(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new ConfigurationException(
          "The MySQL URL is malformed (" + e.getReason() + "): " + DatabaseUrl.mask(url));
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new ConfigurationException("The MySQL URL names no host: " + DatabaseUrl.mask(url));
    }
    var port = uri.getPort() == -1 ? 3306 : uri.getPort();
    var path = uri.getRawPath() == null ? "" : uri.getRawPath();
    var database = path.length() <= 1 ? "" : decode(path.substring(1));
    var properties = new Properties();
    var userInfo = uri.getRawUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      var colon = userInfo.indexOf(':');
      properties.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
      if (colon >= 0) {
        properties.setProperty("password", decode(userInfo.substring(colon + 1)));
      }
    }
    var query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    var jdbc = "jdbc:mariadb://" + uri.getHost() + ":" + port + "/" + database + query;
    var display =
        "mysql://"
            + uri.getHost()
            + ":"
            + port
            + "/"
            + database
            + (properties.containsKey("user") ? " as " + properties.getProperty("user") : "");
    return new StudioDatabaseUrl(Engine.MYSQL, withLocalTls(jdbc), properties, display);
  }

  /**
   * The MariaDB driver asks for TLS by default; a server on this machine usually has none, so for
   * loopback hosts without an explicit TLS setting, TLS is off. Remote servers keep the default.
   */
  private static String withLocalTls(String jdbc) {
    var lower = jdbc.toLowerCase(Locale.ROOT);
    if (lower.contains("sslmode=") || lower.contains("usessl=") || lower.contains("ssl=")) {
      return jdbc;
    }
    var rest = jdbc.substring("jdbc:mariadb://".length());
    var end = rest.length();
    for (var stop : new char[] {'/', '?', ','}) {
      var at = rest.indexOf(stop);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    var hostPort = rest.substring(0, end);
    var host =
        hostPort.startsWith("[")
            ? hostPort.substring(1, Math.max(1, hostPort.indexOf(']')))
            : hostPort.replaceAll(":\\d+$", "");
    if (!loopback(host)) {
      return jdbc;
    }
    return jdbc + (jdbc.contains("?") ? "&" : "?") + "sslMode=disable";
  }

  private static boolean loopback(String host) {
    if (host.isEmpty() || host.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      return host.matches("[0-9.]+|[0-9a-fA-F:]+")
          && InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("The database URL has a malformed %-escape");
    }
  }

  @Override
  public Properties properties() {
    var copy = new Properties();
    copy.putAll(properties);
    return copy;
  }

  @Override
  public String toString() {
    return "StudioDatabaseUrl[" + engine + " " + display + "]";
  }
}
