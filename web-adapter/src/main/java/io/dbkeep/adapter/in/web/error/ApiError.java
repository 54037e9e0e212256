package io.dbkeep.adapter.in.web.error;

import java.util.List;
import java.util.Objects;

/**
 * An error as the HTTP API reports it: a status and the envelope {@code
 * {"error":{"code","message","details"}}}.
 */
public record ApiError(int status, String code, String message, List<ErrorDetail> details) {

  public ApiError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    details = List.copyOf(details);
  }

  public static ApiError of(int status, String code, String message) {
    return new ApiError(status, code, message, List.of());
  }

  public static ApiError validation(List<ErrorDetail> details) {
    return new ApiError(400, "VALIDATION_ERROR", "The request is not valid", details);
  }

  public static ApiError notFound(String message) {
    return of(404, "NOT_FOUND", message);
  }

  public static ApiError unauthorized() {
    return of(401, "UNAUTHORIZED", "Sign in to use this endpoint");
  }
}
