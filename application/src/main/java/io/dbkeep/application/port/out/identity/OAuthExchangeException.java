package io.dbkeep.application.port.out.identity;

/** The provider refused a code exchange or answered something unusable. */
public class OAuthExchangeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OAuthExchangeException(String message, Throwable cause) {
    super(message, cause);
  }
}
