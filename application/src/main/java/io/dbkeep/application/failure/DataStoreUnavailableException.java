package io.dbkeep.application.failure;

/** The data store could not be reached (or did not answer in time); nothing was written. */
public class DataStoreUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DataStoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
