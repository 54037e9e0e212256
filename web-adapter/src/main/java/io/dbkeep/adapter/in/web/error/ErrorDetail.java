package io.dbkeep.adapter.in.web.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dbkeep.domain.problem.Problem;
import java.util.Locale;

/**
 * One item of an error's {@code details}: where ({@code path}), what ({@code code}), how bad
 * ({@code severity}) and a sentence ({@code message}); {@code currentVersion} on version conflicts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorDetail(
    String path, String code, String severity, String message, Long currentVersion) {

  public static ErrorDetail of(String path, String code, String message) {
    return new ErrorDetail(path, code, "error", message, null);
  }

  public static ErrorDetail from(Problem problem) {
    return new ErrorDetail(
        problem.path(),
        problem.code(),
        problem.severity().name().toLowerCase(Locale.ROOT),
        problem.message(),
        null);
  }
}
