package io.dbkeep.adapter.out.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach and prepare DBKeep's PostgreSQL database.
 *
 * @param jdbcUrl a {@code jdbc:postgresql://} URL (parameters such as {@code sslmode} included)
 * @param username the user, or null when the URL or the driver's defaults provide it
 * @param password the password, or null
 * @param maximumPoolSize most connections held open
 * @param connectionTimeout how long a request waits for a connection before the store counts as
 *     unavailable
 * @param statementTimeout longest a single statement may run
 * @param migrateOnStart whether pending Flyway migrations are applied when the adapter starts
 */
public record PersistenceSettings(
    String jdbcUrl,
    String username,
    String password,
    int maximumPoolSize,
    Duration connectionTimeout,
    Duration statementTimeout,
    boolean migrateOnStart) {

  public PersistenceSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    Objects.requireNonNull(statementTimeout, "statementTimeout");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL");
    }
    if (maximumPoolSize < 1) {
      throw new IllegalArgumentException("the pool needs at least one connection");
    }
    if (connectionTimeout.toMillis() < 250) {
      throw new IllegalArgumentException("the connection timeout must be at least 250 ms");
    }
  }

  /** Settings with the defaults: 10 connections, 5 s to connect, 30 s per statement, migrate. */
  public static PersistenceSettings of(String jdbcUrl, String username, String password) {
    return new PersistenceSettings(
        jdbcUrl, username, password, 10, Duration.ofSeconds(5), Duration.ofSeconds(30), true);
  }

  public PersistenceSettings withMigrateOnStart(boolean migrate) {
    return new PersistenceSettings(
        jdbcUrl, username, password, maximumPoolSize, connectionTimeout, statementTimeout, migrate);
  }

  @Override
  public String toString() {
    return "PersistenceSettings[jdbcUrl="
        + jdbcUrl
        + ", username="
        + username
        + ", password="
        + (password == null ? "none" : "****")
        + ", maximumPoolSize="
        + maximumPoolSize
        + ", connectionTimeout="
        + connectionTimeout
        + ", statementTimeout="
        + statementTimeout
        + ", migrateOnStart="
        + migrateOnStart
        + "]";
  }
}
