package io.dbkeep.adapter.in.web.error;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers by itself, before a route runs (a malformed or ambiguous URI such as an
 * encoded {@code /} or NUL in a path segment), in the same envelope as every other error instead of
 * an HTML page.
 */
public final class JettyErrors extends ErrorHandler {

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(body(status, reason));
  }

  private static byte[] body(int status, String reason) {
    var code = status == 400 ? "BAD_REQUEST" : status >= 500 ? "INTERNAL_ERROR" : "HTTP_" + status;
    var message =
        status >= 500
            ? "An unexpected error occurred"
            : "The request is malformed"
                + (reason == null || reason.isBlank() ? "" : ": " + reason);
    return ErrorResponse.json(ApiError.of(status, code, message));
  }
}
