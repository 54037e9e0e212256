package io.dbkeep.adapter.out.embedded;

/** The embedded PostgreSQL cannot be used; the message is one line meant for the person. */
public class EmbeddedPostgresException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EmbeddedPostgresException(String message) {
    super(message);
  }

  public EmbeddedPostgresException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Another process already runs DBKeep on the same directory. */
  public static final class InUse extends EmbeddedPostgresException {
    private static final long serialVersionUID = 1L;

    public InUse(String message) {
      super(message);
    }
  }
}
