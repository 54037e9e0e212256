package io.dbkeep.adapter.out.persistence.lifecycle;

import io.dbkeep.adapter.out.persistence.PersistenceSettings;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;

/**
 * A throw-away database on the same server as {@code settings}' database, created through the
 * server's {@code postgres} maintenance database and dropped on close (needs the CREATEDB
 * privilege).
 */
final class ScratchDatabase implements AutoCloseable {

  private final PersistenceSettings server;
  private final String maintenanceUrl;
  private final String name;
  private final PersistenceSettings settings;

  private ScratchDatabase(PersistenceSettings server) throws SQLException {
    this.server = server;
    var uri = URI.create(server.jdbcUrl().substring("jdbc:".length()));
    var query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    this.maintenanceUrl = "jdbc:postgresql://" + uri.getRawAuthority() + "/postgres" + query;
    this.name = "dbkeep_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (var admin = connect(maintenanceUrl);
        var statement = admin.createStatement()) {
      statement.execute("create database " + name);
    }
    this.settings =
        new PersistenceSettings(
            "jdbc:postgresql://" + uri.getRawAuthority() + "/" + name + query,
            server.username(),
            server.password(),
            2,
            server.connectionTimeout(),
            server.statementTimeout(),
            false);
  }

  static ScratchDatabase create(PersistenceSettings server) throws SQLException {
    return new ScratchDatabase(server);
  }

  PersistenceSettings settings() {
    return settings;
  }

  private Connection connect(String url) throws SQLException {
    var properties = new Properties();
    if (server.username() != null) {
      properties.setProperty("user", server.username());
    }
    if (server.password() != null) {
      properties.setProperty("password", server.password());
    }
    return DriverManager.getConnection(url, properties);
  }

  @Override
  public void close() throws SQLException {
    try (var admin = connect(maintenanceUrl);
        var statement = admin.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
    }
  }
}
