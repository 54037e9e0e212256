package io.dbkeep.adapter.out.studio;

/** A value that does not fit its column; the message names what was expected. */
final class InvalidValueException extends Exception {

  private static final long serialVersionUID = 1L;

  InvalidValueException(String message) {
    super(message, null, false, false);
  }
}
