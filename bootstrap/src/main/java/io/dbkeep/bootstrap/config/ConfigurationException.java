package io.dbkeep.bootstrap.config;

/** The configuration is unusable; the message names the setting and never contains a secret. */
public class ConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message, null, false, false);
  }
}
