package io.dbkeep.adapter.in.web.error;

import java.util.List;

/** The error envelope on the wire. */
public record ErrorResponse(Body error) {

  /** The envelope's content. */
  public record Body(String code, String message, List<ErrorDetail> details) {}

  public static ErrorResponse from(ApiError error) {
    return new ErrorResponse(new Body(error.code(), error.message(), error.details()));
  }
}
