package io.dbkeep.adapter.in.web.error;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.dbkeep.domain.problem.Problem;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One item of an error's {@code details}: where ({@code path}), what ({@code code}), how bad
 * ({@code severity}) and a sentence ({@code message}); {@code currentVersion} on version conflicts;
 * further members ({@code extra}, e.g. a SQL error's {@code position}) written beside them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorDetail(
    String path,
    String code,
    String severity,
    String message,
    Long currentVersion,
    @JsonIgnore Map<String, Object> extra) {

  public ErrorDetail {
    extra =
        extra == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  public ErrorDetail(
      String path, String code, String severity, String message, Long currentVersion) {
    this(path, code, severity, message, currentVersion, Map.of());
  }

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

  /** The same detail with one more member. */
  public ErrorDetail with(String name, Object value) {
    var more = new LinkedHashMap<>(extra);
    more.put(name, value);
    return new ErrorDetail(path, code, severity, message, currentVersion, more);
  }

  /** The extra members, written beside the others. */
  @JsonAnyGetter
  public Map<String, Object> extraMembers() {
    return extra;
  }
}
