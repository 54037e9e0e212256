package io.dbkeep.application.failure;

/**
 * What was asked for would be larger than this process may build in memory (the SVG of a huge
 * diagram): the writer stopped before it held more, and nothing was written.
 */
public class OutputTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long limitBytes;

  public OutputTooLargeException(String message, long limitBytes) {
    super(message);
    this.limitBytes = limitBytes;
  }

  /** The most bytes the output could have had. */
  public long limitBytes() {
    return limitBytes;
  }
}
