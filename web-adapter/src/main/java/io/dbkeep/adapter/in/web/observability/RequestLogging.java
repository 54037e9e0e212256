package io.dbkeep.adapter.in.web.observability;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One log line per request — method, path, status, duration and request id — and the request id
 * itself: a client's {@code X-Request-Id} is kept when it is a plain token (up to 128 letters,
 * digits and {@code ._:-}), otherwise one is generated; either way it is echoed in the response and
 * put in the logging context ({@code requestId}) for every line logged while the request runs.
 *
 * <p>Never logged: query strings, headers (so no tokens or cookies), bodies, and the values of path
 * parameters whose names suggest a secret ({@code token}, {@code secret}, {@code key}, {@code
 * password}, {@code code}). Health and metrics requests log at DEBUG, everything else at INFO.
 */
public final class RequestLogging {

  /** The header carrying the request id, in both directions. */
  public static final String HEADER = "X-Request-Id";

  /** The key of the request id in the logging context (MDC) and in JSON logs. */
  public static final String MDC_KEY = "requestId";

  private static final Logger LOG = LoggerFactory.getLogger("io.dbkeep.http");
  private static final Pattern ACCEPTED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final Pattern SECRET_PARAMETER =
      Pattern.compile("(?i).*(token|secret|key|password|code).*");
  private static final String START = "dbkeep.start";

  private RequestLogging() {}

  /** Installs the request id handling and the request log into {@code config}. */
  public static void install(JavalinConfig config, RequestObserver observer) {
    config.routes.before(
        ctx -> {
          var id = requestId(ctx.header(HEADER));
          ctx.attribute(MDC_KEY, id);
          ctx.attribute(START, System.nanoTime());
          ctx.header(HEADER, id);
          MDC.put(MDC_KEY, id);
        });
    config.requestLogger.http(
        (ctx, milliseconds) -> {
          try {
            log(ctx, milliseconds, observer);
          } finally {
            MDC.remove(MDC_KEY);
          }
        });
  }

  private static void log(Context ctx, Float milliseconds, RequestObserver observer) {
    String id = ctx.attribute(MDC_KEY);
    if (id == null) {
      id = requestId(null);
      ctx.header(HEADER, id);
    }
    var method = ctx.method().name();
    var route = route(ctx);
    var status = ctx.statusCode();
    Long start = ctx.attribute(START);
    var nanos =
        start != null ? System.nanoTime() - start : (long) (milliseconds.doubleValue() * 1_000_000);
    try {
      observer.requestCompleted(method, route, status, nanos);
    } catch (RuntimeException e) {
      LOG.warn("Request observer failed: {}", e.toString());
    }
    var path = safePath(ctx);
    var duration = String.format(Locale.ROOT, "%.1f", nanos / 1_000_000.0);
    var quiet = path.startsWith("/health/") || path.equals("/metrics");
    var event = quiet ? LOG.atDebug() : LOG.atInfo();
    event
        .addKeyValue("method", method)
        .addKeyValue("path", path)
        .addKeyValue("route", route)
        .addKeyValue("status", status)
        .addKeyValue("durationMs", duration)
        .addKeyValue(MDC_KEY, id)
        .log("{} {} {} {}ms requestId={}", method, path, status, duration, id);
  }

  static String requestId(String offered) {
    if (offered != null && ACCEPTED_ID.matcher(offered).matches()) {
      return offered;
    }
    return UUID.randomUUID().toString();
  }

  private static String route(Context ctx) {
    try {
      var endpoint = ctx.endpoints().lastHttpEndpoint();
      return endpoint == null ? "unmatched" : endpoint.path;
    } catch (RuntimeException e) {
      return "unmatched";
    }
  }

  /** The path without query string, with secret-looking path parameters masked. */
  private static String safePath(Context ctx) {
    var path = ctx.path();
    try {
      for (var parameter : ctx.pathParamMap().entrySet()) {
        if (SECRET_PARAMETER.matcher(parameter.getKey()).matches()
            && !parameter.getValue().isEmpty()) {
          path = path.replace(parameter.getValue(), "****");
        }
      }
    } catch (RuntimeException e) {
      // no path parameters (unmatched route)
    }
    return path.length() > 512 ? path.substring(0, 512) + "…" : path;
  }
}
