package io.dbkeep.adapter.in.web.request;

import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.dbkeep.adapter.in.web.error.ErrorDetail;
import io.dbkeep.domain.format.SourceFormat;
import io.javalin.http.Context;
import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

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
   * Runs {@code work} on the body as UTF-8 text (a byte-order mark is dropped) while holding its
   * share of {@link BodyWorkLimit}: a text import costs a few times its size in memory, so large
   * bodies take their turn rather than run together (503 {@code SERVER_BUSY} when no turn comes).
   *
   * @throws ApiException 400 {@code MALFORMED_TEXT} when the body is not UTF-8 (413 comes from the
   *     body limit)
   */
  public static <T> T withBody(Context ctx, Function<String, T> work) {
    return BodyWorkLimit.SHARED.run(ctx.contentLength(), () -> work.apply(body(ctx)));
  }

  /**
   * The body as text, decoded once into a string (no intermediate character buffer the size of the
   * body: a 32 MB body would otherwise need 64 MB more while it is decoded).
   */
  private static String body(Context ctx) {
    var bytes = ctx.bodyAsBytes();
    if (!isUtf8(bytes)) {
      throw new ApiException(
          new ApiError(
              400,
              "MALFORMED_TEXT",
              "The body is not UTF-8 text",
              List.of(ErrorDetail.of("", "MALFORMED_TEXT", "send the schema as UTF-8 text"))));
    }
    var bom =
        bytes.length >= 3
            && (bytes[0] & 0xFF) == 0xEF
            && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF;
    return bom
        ? new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)
        : new String(bytes, StandardCharsets.UTF_8);
  }

  /** Whether {@code bytes} are strict UTF-8, checked through a small reused buffer. */
  private static boolean isUtf8(byte[] bytes) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    var in = ByteBuffer.wrap(bytes);
    var out = CharBuffer.allocate(8192);
    while (true) {
      var result = decoder.decode(in, out, true);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        return !decoder.flush(out.clear()).isError();
      }
      out.clear();
    }
  }
}
