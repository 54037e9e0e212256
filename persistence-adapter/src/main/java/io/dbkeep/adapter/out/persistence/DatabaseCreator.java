package io.dbkeep.adapter.out.persistence;

import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;

/** Creates DBKeep's database when the server has none of that name. */
public final class DatabaseCreator {

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$-]{0,62}");

  private DatabaseCreator() {}

  /**
   * Creates the database named in {@code settings} if it does not exist, connecting to the server's
   * {@code postgres} maintenance database. Returns whether it was created.
   *
   * @throws SQLException when the server cannot be reached or refuses
   */
  public static boolean ensureExists(PersistenceSettings settings) throws SQLException {
    var uri = URI.create(settings.jdbcUrl().substring("jdbc:".length()));
    var path = uri.getPath();
    if (path == null || path.length() <= 1) {
      return false;
    }
    var name = path.substring(1);
    if (!SAFE_NAME.matcher(name).matches()) {
      throw new SQLException("refusing to create a database with the name " + name);
    }
    var query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    var maintenance = "jdbc:postgresql://" + uri.getRawAuthority() + "/postgres" + query;
    var properties = new Properties();
    if (settings.username() != null) {
      properties.setProperty("user", settings.username());
    }
    if (settings.password() != null) {
      properties.setProperty("password", settings.password());
    }
    properties.setProperty(
        "connectTimeout", Long.toString(Math.max(1, settings.connectionTimeout().toSeconds())));
    try (var connection = DriverManager.getConnection(maintenance, properties);
        var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, name);
      try (var rows = exists.executeQuery()) {
        if (rows.next()) {
          return false;
        }
      }
      try (var create = connection.createStatement()) {
        create.execute("create database \"" + name + "\"");
        return true;
      } catch (SQLException e) {
        if ("42P04".equals(e.getSQLState())) {
          return false; // created concurrently
        }
        throw e;
      }
    }
  }
}
