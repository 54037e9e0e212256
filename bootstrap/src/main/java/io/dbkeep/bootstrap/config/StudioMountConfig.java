package io.dbkeep.bootstrap.config;

import io.vavr.control.Option;
import java.time.Duration;

/**
 * The server's Studio at {@code /studio} (off unless {@code STUDIO_ENABLED=true}): for admins only,
 * on DBKeep's own database unless {@code STUDIO_DATABASE_URL} names another.
 *
 * @param database the database to show, when enabled
 * @param readOnly {@code STUDIO_READ_ONLY}
 * @param sqlEnabled {@code STUDIO_SQL}
 * @param statementTimeout {@code STUDIO_STATEMENT_TIMEOUT}
 */
public record StudioMountConfig(
    Option<StudioDatabaseUrl> database,
    boolean readOnly,
    boolean sqlEnabled,
    Duration statementTimeout) {

  /** The Studio is not mounted. */
  public static StudioMountConfig disabled() {
    return new StudioMountConfig(Option.none(), false, false, Duration.ofSeconds(30));
  }

  public boolean enabled() {
    return database.isDefined();
  }

  /**
   * Reads {@code STUDIO_ENABLED}, {@code STUDIO_DATABASE_URL}, {@code STUDIO_READ_ONLY}, {@code
   * STUDIO_SQL} and {@code STUDIO_STATEMENT_TIMEOUT}.
   *
   * @param own DBKeep's own database, the default
   * @throws ConfigurationException naming the first unusable variable
   */
  public static StudioMountConfig from(Environment env, DatabaseUrl own) {
    if (!env.flag("STUDIO_ENABLED", false)) {
      return disabled();
    }
    StudioDatabaseUrl database;
    var url = env.text("STUDIO_DATABASE_URL");
    if (url.isEmpty()) {
      database = StudioDatabaseUrl.of(own);
    } else {
      try {
        database = StudioDatabaseUrl.parse(url.get());
      } catch (ConfigurationException e) {
        throw new ConfigurationException("STUDIO_DATABASE_URL: " + e.getMessage());
      }
    }
    return new StudioMountConfig(
        Option.of(database),
        env.flag("STUDIO_READ_ONLY", false),
        env.flag("STUDIO_SQL", true),
        StudioConfig.statementTimeout(env));
  }
}
