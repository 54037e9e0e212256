package io.dbkeep.adapter.in.web.error;

/** Ends a request with {@link #error()}; thrown by handlers, turned into the envelope centrally. */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ApiError error;

  public ApiException(ApiError error) {
    super(error.code() + ": " + error.message(), null, false, false);
    this.error = error;
  }

  public ApiError error() {
    return error;
  }
}
