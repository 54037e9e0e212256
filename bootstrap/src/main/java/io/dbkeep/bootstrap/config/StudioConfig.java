package io.dbkeep.bootstrap.config;

import java.time.Duration;

/**
 * What {@code dbkeep studio} runs with (command-line options over environment variables).
 *
 * @param database the database to show
 * @param host the interface to bind (loopback by default)
 * @param port the port (0 picks a free one)
 * @param readOnly every statement runs in a read-only transaction; the UI hides editing
 * @param sqlEnabled whether the SQL console is on
 * @param statementTimeout how long one statement may run
 * @param maxRequestBytes the largest request body
 */
public record StudioConfig(
    StudioDatabaseUrl database,
    String host,
    int port,
    boolean readOnly,
    boolean sqlEnabled,
    Duration statementTimeout,
    long maxRequestBytes) {

  public static final int DEFAULT_PORT = 4983;
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The statement timeout from {@code STUDIO_STATEMENT_TIMEOUT} (default 30 s). */
  public static Duration statementTimeout(Environment env) {
    var timeout = env.duration("STUDIO_STATEMENT_TIMEOUT", Duration.ofSeconds(30));
    if (timeout.toMillis() < 100) {
      throw new ConfigurationException("STUDIO_STATEMENT_TIMEOUT must be at least 100ms");
    }
    return timeout;
  }
}
