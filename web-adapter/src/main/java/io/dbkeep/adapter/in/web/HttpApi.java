package io.dbkeep.adapter.in.web;

import io.dbkeep.adapter.in.web.error.ErrorHandling;
import io.dbkeep.adapter.in.web.observability.RequestLogging;
import io.dbkeep.adapter.in.web.observability.RequestObserver;
import io.dbkeep.json.JsonCodec;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson3;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP server: Javalin with Jackson 3, the error envelope for every failure, a request body
 * limit, and a graceful stop (in-flight requests finish, new ones are refused).
 */
public final class HttpApi {

  private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

  private final Javalin app;
  private final GracefulHandler graceful = new GracefulHandler();
  private final Duration stopTimeout;

  public HttpApi(WebSettings settings, List<WebRoutes> routeGroups) {
    this(settings, routeGroups, RequestObserver.NONE);
  }

  /** The mapper every answer is written with. */
  public static JsonMapper jsonMapper() {
    return JsonMapper.builder(
            JsonFactory.builder().streamWriteConstraints(JsonCodec.WRITE_CONSTRAINTS).build())
        .addModule(JsonCodec.jacksonModule())
        .build();
  }

  /**
   * @param observer told about every finished request (route template, status, duration), e.g. for
   *     metrics; every request is also logged in one line (see {@link RequestLogging})
   */
  public HttpApi(WebSettings settings, List<WebRoutes> routeGroups, RequestObserver observer) {
    this.stopTimeout = settings.stopTimeout();
    var mapper = jsonMapper();
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jsonMapper(new JavalinJackson3(mapper, false));
              config.http.maxRequestSize = settings.maxRequestBytes();
              config.router.ignoreTrailingSlashes = true;
              config.jetty.host = settings.host();
              config.jetty.port = settings.port();
              config.jetty.modifyServer(
                  server -> {
                    server.setStopTimeout(settings.stopTimeout().toMillis());
                    // Idle keep-alive connections are closed quickly once nothing is in flight.
                    graceful.setShutdownIdleTimeout(250);
                    server.insertHandler(graceful);
                    // Errors Jetty answers itself (malformed URIs) get the envelope too.
                    server.setErrorHandler(new io.dbkeep.adapter.in.web.error.JettyErrors());
                  });
              ErrorHandling.install(config.routes);
              RequestLogging.install(config, observer);
              routeGroups.forEach(group -> group.addTo(config.routes));
            });
  }

  /** Starts listening; returns this. */
  public HttpApi start() {
    app.start();
    return this;
  }

  /**
   * The route table: every HTTP route the server answers, by method and path template (as
   * registered, e.g. {@code /api/projects/{id}}), sorted. The OpenAPI document and the
   * authorization matrix are checked against it.
   */
  public List<Route> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .map(endpoint -> new Route(endpoint.method.name(), endpoint.path))
        .distinct()
        .sorted(Comparator.comparing(Route::path).thenComparing(Route::method))
        .toList();
  }

  /**
   * The filters: every before- and after-handler by kind (e.g. {@code BEFORE}) and path, sorted. A
   * filter runs around the routes and can answer a request itself, so it is listed apart from
   * {@link #routes()} for the tests that keep every way in reviewed.
   */
  public List<Route> filters() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> !endpoint.method.isHttpMethod())
        .map(endpoint -> new Route(endpoint.method.name(), endpoint.path))
        .distinct()
        .sorted(Comparator.comparing(Route::path).thenComparing(Route::method))
        .toList();
  }

  /** One entry of the route table. */
  public record Route(String method, String path) {}

  /** The port it listens on (useful when started on port 0). */
  public int port() {
    return app.port();
  }

  /**
   * Stops gracefully: new requests get 503 while the running ones finish (up to the stop timeout),
   * then the server closes. Waiting first for the requests, and only then closing the connections,
   * keeps a slow request (which looks idle to Jetty) from being cut.
   */
  public void stop() {
    try {
      graceful.shutdown().get(stopTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("Requests still running after {}; stopping anyway", stopTimeout);
    }
    app.stop();
  }
}
