package io.dbkeep.adapter.out.studio;

import io.dbkeep.domain.project.Engine;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the Studio's database is and how to use it.
 *
 * @param engine which engine (decides the dialect and the driver)
 * @param jdbcUrl the driver URL, without credentials
 * @param properties driver properties (user, password, …); never logged
 * @param displayName the database's name for people, without credentials
 * @param readOnly every statement runs in a read-only transaction that is rolled back (SQLite: the
 *     file is opened read-only)
 * @param statementTimeout how long one statement may run before it is cancelled
 * @param maxConnections the pool size
 * @param connectTimeout how long to wait for a connection before the database counts as unavailable
 */
public record StudioDatabaseSettings(
    Engine engine,
    String jdbcUrl,
    Properties properties,
    String displayName,
    boolean readOnly,
    Duration statementTimeout,
    int maxConnections,
    Duration connectTimeout) {

  public StudioDatabaseSettings {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    var copy = new Properties();
    copy.putAll(Objects.requireNonNull(properties, "properties"));
    properties = copy;
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(statementTimeout, "statementTimeout");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    if (statementTimeout.isNegative() || statementTimeout.isZero()) {
      throw new IllegalArgumentException("the statement timeout must be positive");
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("the pool needs at least one connection");
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
    return "StudioDatabaseSettings["
        + engine
        + " "
        + displayName
        + (readOnly ? ", read-only" : "")
        + "]";
  }

  /** The same settings with another statement timeout. */
  public StudioDatabaseSettings withStatementTimeout(Duration timeout) {
    return new StudioDatabaseSettings(
        engine,
        jdbcUrl,
        properties,
        displayName,
        readOnly,
        timeout,
        maxConnections,
        connectTimeout);
  }

  /** The same settings, read-only or not. */
  public StudioDatabaseSettings withReadOnly(boolean readOnly) {
    return new StudioDatabaseSettings(
        engine,
        jdbcUrl,
        properties,
        displayName,
        readOnly,
        statementTimeout,
        maxConnections,
        connectTimeout);
  }
}
