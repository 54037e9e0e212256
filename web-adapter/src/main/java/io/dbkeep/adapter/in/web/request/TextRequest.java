package io.dbkeep.adapter.in.web.request;

import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.dbkeep.adapter.in.web.error.ErrorDetail;
import io.dbkeep.domain.format.SourceFormat;
import io.javalin.http.Context;
import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A request whose body is a text in a foreign schema format, named by {@code ?from=}. */
public final class TextRequest {

  private TextRequest() {}

  /**
   * {@code ?from=}: none when absent.
   *
   * @throws ApiException 400 {@code VALIDATION_ERROR} at path {@code from} when it names no format
   */
  public static Option<SourceFormat> format(Context ctx) {
    var raw = ctx.queryParam("from");
    if (raw == null || raw.isBlank()) {
      return Option.none();
    }
    var format = SourceFormat.parse(raw);
    if (format.isEmpty()) {
      throw new ApiException(
          ApiError.validation(
              List.of(
                  ErrorDetail.of(
                      "from",
                      "UNKNOWN_FORMAT",
                      "from must be one of postgresql, mysql, sqlite, dbml, not \""
                          + raw
                          + "\""))));
    }
    return format;
  }

  /**
   * The body as UTF-8 text (a byte-order mark is dropped).
   *
   * @throws ApiException 400 {@code MALFORMED_TEXT} when the body is not UTF-8 (413 comes from the
   *     body limit)
   */
  public static String body(Context ctx) {
    var bytes = ctx.bodyAsBytes();
    try {
      var text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new ApiException(
          new ApiError(
              400,
              "MALFORMED_TEXT",
              "The body is not UTF-8 text",
              List.of(ErrorDetail.of("", "MALFORMED_TEXT", "send the schema as UTF-8 text"))));
    }
  }
}
