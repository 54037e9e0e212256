package io.dbkeep.bootstrap.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The operational settings: where backups go, the deployment environment, the log format and the
 * metrics token. See docs/configuration.md.
 *
 * @param backupDirectory {@code BACKUP_DIR} (default {@code ./backups})
 * @param backupBeforeMigrate {@code BACKUP_BEFORE_MIGRATE}: {@code serve} backs up before applying
 *     pending migrations (default true; {@code db migrate} has {@code --no-backup} instead)
 * @param environment {@code DBKEEP_ENV}: {@code development} (default) or {@code production}
 * @param logFormat {@code LOG_FORMAT}: {@code text} (default) or {@code json}
 * @param metricsToken {@code METRICS_TOKEN}: when set, {@code /metrics} requires it as a bearer
 *     token
 */
public record OperationsConfig(
    Path backupDirectory,
    boolean backupBeforeMigrate,
    DeploymentEnvironment environment,
    LogFormat logFormat,
    Optional<String> metricsToken) {

  /** Where DBKeep runs. */
  public enum DeploymentEnvironment {
    DEVELOPMENT,
    PRODUCTION
  }

  /** How log lines look. */
  public enum LogFormat {
    TEXT,
    JSON
  }

  /**
   * Reads the settings.
   *
   * @throws ConfigurationException naming the first unusable variable
   */
  public static OperationsConfig from(Environment env) {
    Path backups;
    try {
      backups = Path.of(env.text("BACKUP_DIR", "backups"));
    } catch (InvalidPathException e) {
      throw new ConfigurationException("BACKUP_DIR is not a usable path: " + e.getReason());
    }
    var token = env.text("METRICS_TOKEN");
    if (token.isPresent() && token.get().length() < 16) {
      throw new ConfigurationException("METRICS_TOKEN must be at least 16 characters long");
    }
    return new OperationsConfig(
        backups,
        env.flag("BACKUP_BEFORE_MIGRATE", true),
        environment(env.text("DBKEEP_ENV", "development")),
        logFormat(env.text("LOG_FORMAT", "text")),
        token);
  }

  public boolean production() {
    return environment == DeploymentEnvironment.PRODUCTION;
  }

  static DeploymentEnvironment environment(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "development", "dev" -> DeploymentEnvironment.DEVELOPMENT;
      case "production", "prod" -> DeploymentEnvironment.PRODUCTION;
      default ->
          throw new ConfigurationException(
              "DBKEEP_ENV must be development or production, not \"" + value + "\"");
    };
  }

  /**
   * The log format named by {@code LOG_FORMAT}.
   *
   * @throws ConfigurationException when it is neither text nor json
   */
  public static LogFormat logFormat(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "text", "plain" -> LogFormat.TEXT;
      case "json" -> LogFormat.JSON;
      default ->
          throw new ConfigurationException(
              "LOG_FORMAT must be text or json, not \"" + value + "\"");
    };
  }
}
