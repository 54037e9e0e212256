package io.dbkeep.application.failure;

/**
 * Work that runs one at a time (drawing a diagram into a picture) got no turn within its wait:
 * nothing was started, and the caller may try again shortly.
 */
public class NoTurnException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoTurnException(String message) {
    super(message);
  }
}
