package io.dbkeep.application.failure;

/** A write lost a race: the record changed (or vanished) since it was read. Nothing was written. */
public class ConcurrentUpdateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConcurrentUpdateException(String message, Throwable cause) {
    super(message, cause);
  }
}
