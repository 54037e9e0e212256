package io.dbkeep.adapter.in.web.request;

import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.dbkeep.adapter.in.web.error.ErrorDetail;
import io.dbkeep.domain.format.TargetFormat;
import io.javalin.http.Context;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The {@code ?to=} query parameter of exports: none when absent, 400 when unknown. */
public final class TargetFormatParameter {

  private TargetFormatParameter() {}

  /** The names accepted, for messages: {@code dbml, mermaid, svg, png}. */
  public static String allowedNames() {
    return Arrays.stream(TargetFormat.values())
        .map(TargetFormat::wireName)
        .collect(Collectors.joining(", "));
  }

  /**
   * @throws ApiException 400 {@code VALIDATION_ERROR} at path {@code to} when it names no format
   */
  public static Option<TargetFormat> of(Context ctx) {
    var raw = ctx.queryParam("to");
    if (raw == null || raw.isBlank()) {
      return Option.none();
    }
    var format = TargetFormat.parse(raw);
    if (format.isEmpty()) {
      throw new ApiException(
          ApiError.validation(
              List.of(
                  ErrorDetail.of(
                      "to",
                      "UNKNOWN_FORMAT",
                      "to must be one of " + allowedNames() + ", not \"" + shorten(raw) + "\""))));
    }
    return format;
  }

  /**
   * @throws ApiException 400 {@code VALIDATION_ERROR} at path {@code to} when absent or unknown
   */
  public static TargetFormat required(Context ctx) {
    return of(ctx)
        .getOrElseThrow(
            () ->
                new ApiException(
                    ApiError.validation(
                        List.of(
                            ErrorDetail.of(
                                "to", "REQUIRED", "to is required: one of " + allowedNames())))));
  }

  private static String shorten(String raw) {
    return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
  }
}
