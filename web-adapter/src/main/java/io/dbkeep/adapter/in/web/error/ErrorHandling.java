package io.dbkeep.adapter.in.web.error;

import io.dbkeep.application.failure.ConcurrentUpdateException;
import io.dbkeep.application.failure.DataStoreUnavailableException;
import io.dbkeep.application.failure.NoTurnException;
import io.dbkeep.application.failure.OutputTooLargeException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the error envelope: handlers' {@link ApiException}s, Javalin's own HTTP
 * errors (unknown route, body too large, …), infrastructure failures, and anything unexpected (500
 * without a stack trace; the trace goes to the log).
 */
public final class ErrorHandling {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

  private ErrorHandling() {}

  public static void install(RoutesConfig routes) {
    routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e.error()));
    routes.exception(
        HttpResponseException.class, (e, ctx) -> respond(ctx, fromJavalin(e.getStatus(), ctx)));
    routes.exception(
        DataStoreUnavailableException.class,
        (e, ctx) -> {
          LOG.warn(
              "Database unavailable during {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
          ctx.header("Retry-After", "5");
          respond(
              ctx,
              ApiError.of(
                  503, "DATABASE_UNAVAILABLE", "The database is unavailable; try again shortly"));
        });
    routes.exception(
        ConcurrentUpdateException.class,
        (e, ctx) ->
            respond(
                ctx,
                ApiError.of(
                    409,
                    "CONCURRENT_UPDATE",
                    "The resource changed while this request ran; retry it")));
    routes.exception(
        OutputTooLargeException.class,
        (e, ctx) -> respond(ctx, ApiError.of(413, "OUTPUT_TOO_LARGE", e.getMessage())));
    routes.exception(
        NoTurnException.class,
        (e, ctx) -> {
          ctx.header("Retry-After", "5");
          respond(ctx, ApiError.of(503, "SERVER_BUSY", e.getMessage()));
        });
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("Unexpected failure in {} {}", ctx.method(), ctx.path(), e);
          respond(ctx, ApiError.of(500, "INTERNAL_ERROR", "An unexpected error occurred"));
        });
    // Statuses set without an exception (e.g. by Jetty) still get an envelope.
    for (var status : List.of(404, 405, 413, 500)) {
      routes.error(
          status,
          ctx -> {
            if (ctx.resultInputStream() == null) {
              respond(ctx, fromJavalin(status, ctx));
            }
          });
    }
  }

  public static void respond(Context ctx, ApiError error) {
    ctx.status(error.status()).json(ErrorResponse.from(error));
  }

  private static ApiError fromJavalin(int status, Context ctx) {
    return switch (status) {
      case 404 -> ApiError.of(404, "NOT_FOUND", "No route for " + ctx.method() + " " + ctx.path());
      case 405 -> ApiError.of(405, "METHOD_NOT_ALLOWED", ctx.method() + " is not allowed here");
      case 413 ->
          ApiError.of(413, "PAYLOAD_TOO_LARGE", "The request body is larger than the limit");
      case 400 -> ApiError.of(400, "BAD_REQUEST", "The request is malformed");
      case 401 -> ApiError.unauthorized();
      case 403 -> ApiError.of(403, "FORBIDDEN", "You may not do this");
      default ->
          status >= 500
              ? ApiError.of(status, "INTERNAL_ERROR", "An unexpected error occurred")
              : ApiError.of(status, "HTTP_" + status, "The request failed");
    };
  }
}
