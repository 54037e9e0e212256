package io.dbkeep.bootstrap.config;

import java.time.Duration;

/**
 * How often the periodic background jobs run (see docs/configuration.md).
 *
 * @param purgeInterval {@code PURGE_INTERVAL}: at least this long between two purges of expired
 *     sessions and verifications and of idle rate-limit counters, across every instance on the
 *     database (default 1 h)
 */
public record JobsConfig(Duration purgeInterval) {

  /** The longest pause between two looks at which jobs are due. */
  private static final Duration MAX_POLL = Duration.ofMinutes(1);

  public JobsConfig {
    if (purgeInterval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new ConfigurationException("PURGE_INTERVAL must be at least 1s");
    }
  }

  /**
   * Reads the settings.
   *
   * @throws ConfigurationException when a value is unusable
   */
  public static JobsConfig from(Environment env) {
    return new JobsConfig(env.duration("PURGE_INTERVAL", Duration.ofHours(1)));
  }

  /** How often an instance asks whether a job is due: the interval, at most a minute. */
  public Duration poll() {
    return purgeInterval.compareTo(MAX_POLL) < 0 ? purgeInterval : MAX_POLL;
  }
}
