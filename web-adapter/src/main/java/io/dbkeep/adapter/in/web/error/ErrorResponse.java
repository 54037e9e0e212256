package io.dbkeep.adapter.in.web.error;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error envelope on the wire, built here and nowhere else: top-level {@code code} and {@code
 * message} (the shape Better Auth's clients and the original front end read) beside the {@code
 * error} object with the same code and message and the {@code details}.
 *
 * <pre>
 * {"code":"PROJECT_NOT_FOUND","message":"…","error":{"code":"PROJECT_NOT_FOUND","message":"…","details":[…]}}
 * </pre>
 */
public record ErrorResponse(String code, String message, Body error) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The envelope's content. */
  public record Body(String code, String message, List<ErrorDetail> details) {}

  public static ErrorResponse from(ApiError error) {
    return new ErrorResponse(
        error.code(), error.message(), new Body(error.code(), error.message(), error.details()));
  }

  /**
   * The envelope as UTF-8 JSON, for places that answer outside Javalin's JSON mapper (Jetty's own
   * errors).
   */
  public static byte[] json(ApiError error) {
    return JSON.writeValueAsBytes(from(error));
  }
}
