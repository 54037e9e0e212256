package io.dbkeep.json;

/**
 * The JSON tree being read would hold more memory than the reader's budget allows (see {@link
 * JsonCodec#read(byte[], long)}). The text may be perfectly good JSON: the limit is the process's,
 * not the document's.
 */
public final class JsonTreeTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long budget;
  private final long valuesRead;

  public JsonTreeTooLargeException(long budget, long valuesRead) {
    super(
        "The JSON tree would need more than "
            + budget
            + " bytes of memory (the budget was passed after "
            + valuesRead
            + " values)");
    this.budget = budget;
    this.valuesRead = valuesRead;
  }

  /** The budget that was passed, in estimated bytes. */
  public long budget() {
    return budget;
  }

  /** How many JSON values had been read when the budget was passed. */
  public long valuesRead() {
    return valuesRead;
  }
}
