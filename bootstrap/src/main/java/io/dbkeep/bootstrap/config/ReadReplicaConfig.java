package io.dbkeep.bootstrap.config;

import io.dbkeep.adapter.out.persistence.PersistenceSettings;
import java.util.Optional;

/**
 * {@code DATABASE_READ_URL}: a streaming replica of the primary that project lists may read from
 * (ADR 0108). Same URL forms, pool size and timeouts as {@code DATABASE_URL}; never migrated.
 */
public final class ReadReplicaConfig {

  private ReadReplicaConfig() {}

  /**
   * The replica's settings, or empty when {@code DATABASE_READ_URL} is unset or blank.
   *
   * @throws ConfigurationException when the URL is malformed (the message masks its password)
   */
  public static Optional<ReadReplica> from(Environment env, ServerConfig primary) {
    var text = env.text("DATABASE_READ_URL").filter(value -> !value.isBlank());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if ("embedded".equalsIgnoreCase(text.get().strip())) {
      throw new ConfigurationException("DATABASE_READ_URL must name a PostgreSQL server");
    }
    DatabaseUrl url;
    try {
      url = DatabaseUrl.parse(text.get());
    } catch (ConfigurationException e) {
      throw new ConfigurationException(
          DatabaseUrl.mask(String.valueOf(e.getMessage()))
              .replace("DATABASE_URL", "DATABASE_READ_URL"));
    }
    return Optional.of(
        new ReadReplica(
            url,
            new PersistenceSettings(
                url.jdbcUrl(),
                url.username(),
                url.password(),
                primary.poolSize(),
                primary.connectTimeout(),
                primary.statementTimeout(),
                false)));
  }

  /** Where the replica is, and how to connect to it. */
  public record ReadReplica(DatabaseUrl url, PersistenceSettings settings) {}
}
