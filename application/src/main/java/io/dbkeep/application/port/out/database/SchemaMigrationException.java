package io.dbkeep.application.port.out.database;

/** A migration (or the adoption of an original database) failed; the message says which and why. */
public class SchemaMigrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SchemaMigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
