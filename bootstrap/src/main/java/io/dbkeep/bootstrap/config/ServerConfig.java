package io.dbkeep.bootstrap.config;

import io.dbkeep.adapter.in.web.WebSettings;
import io.dbkeep.adapter.out.persistence.PersistenceSettings;
import io.dbkeep.domain.project.VersionRetention;
import io.dbkeep.domain.schema.SchemaLimits;
import java.time.Duration;

/**
 * Everything {@code dbkeep serve} reads from its environment. See docs/configuration.md for the
 * variables and their defaults.
 */
public record ServerConfig(
    DatabaseUrl database,
    boolean databaseUrlGiven,
    int poolSize,
    Duration connectTimeout,
    Duration statementTimeout,
    boolean migrateOnStart,
    String host,
    int port,
    long maxRequestBytes,
    Duration shutdownTimeout,
    SchemaLimits schemaLimits,
    VersionRetention versionRetention) {

  /**
   * Reads the configuration.
   *
   * @param databaseUrlOverride a URL given on the command line, or null to use {@code DATABASE_URL}
   * @throws ConfigurationException naming the first unusable variable
   */
  public static ServerConfig from(Environment env, String databaseUrlOverride) {
    var given = databaseUrlOverride != null || env.text("DATABASE_URL").isPresent();
    var url =
        databaseUrlOverride != null
            ? databaseUrlOverride
            : env.text("DATABASE_URL", DatabaseUrl.DEFAULT);
    var connectTimeout = env.duration("DATABASE_CONNECT_TIMEOUT", Duration.ofSeconds(5));
    if (connectTimeout.toMillis() < 250) {
      throw new ConfigurationException("DATABASE_CONNECT_TIMEOUT must be at least 250ms");
    }
    return new ServerConfig(
        DatabaseUrl.parse(url),
        given,
        env.integer("DATABASE_POOL_SIZE", 10, 1, 1_000),
        connectTimeout,
        env.duration("DATABASE_STATEMENT_TIMEOUT", Duration.ofSeconds(30)),
        env.flag("DATABASE_MIGRATE", true),
        env.text("HOST", "0.0.0.0"),
        env.integer("PORT", 8080, 0, 65_535),
        env.bytes("MAX_REQUEST_SIZE", WebSettings.DEFAULT_MAX_REQUEST_BYTES),
        env.duration("SHUTDOWN_TIMEOUT", Duration.ofSeconds(30)),
        schemaLimits(env),
        versionRetention(env));
  }

  /** {@code VERSIONS_KEEP}: unset keeps every version; N keeps the last N plus labelled ones. */
  public static VersionRetention versionRetention(Environment env) {
    return env.text("VERSIONS_KEEP").isEmpty()
        ? VersionRetention.KEEP_ALL
        : VersionRetention.keepLast(env.integer("VERSIONS_KEEP", 0, 1, 1_000_000_000));
  }

  /** {@code SCHEMA_MAX_TABLES} and {@code SCHEMA_MAX_COLUMNS_PER_TABLE}. */
  public static SchemaLimits schemaLimits(Environment env) {
    return new SchemaLimits(
        env.integer("SCHEMA_MAX_TABLES", SchemaLimits.DEFAULT.maxTables(), 1, 1_000_000),
        env.integer(
            "SCHEMA_MAX_COLUMNS_PER_TABLE", SchemaLimits.DEFAULT.maxColumnsPerTable(), 1, 100_000));
  }

  public PersistenceSettings persistence() {
    return new PersistenceSettings(
        database.jdbcUrl(),
        database.username(),
        database.password(),
        poolSize,
        connectTimeout,
        statementTimeout,
        migrateOnStart);
  }

  public WebSettings web() {
    return new WebSettings(host, port, maxRequestBytes, shutdownTimeout);
  }
}
