package io.dbkeep.adapter.in.web;

import io.dbkeep.adapter.in.web.error.ErrorHandling;
import io.dbkeep.json.JsonCodec;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson3;
import java.util.List;
import org.eclipse.jetty.server.handler.GracefulHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP server: Javalin with Jackson 3, the error envelope for every failure, a request body
 * limit, and a graceful stop (in-flight requests finish, new ones are refused).
 */
public final class HttpApi {

  private final Javalin app;

  public HttpApi(WebSettings settings, List<WebRoutes> routeGroups) {
    var mapper = JsonMapper.builder().addModule(JsonCodec.jacksonModule()).build();
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
                    var graceful = new GracefulHandler();
                    // idle keep-alive connections need not hold a stop up for long
                    graceful.setShutdownIdleTimeout(250);
                    server.insertHandler(graceful);
                  });
              ErrorHandling.install(config.routes);
              routeGroups.forEach(group -> group.addTo(config.routes));
            });
  }

  /** Starts listening; returns this. */
  public HttpApi start() {
    app.start();
    return this;
  }

  /** The port it listens on (useful when started on port 0). */
  public int port() {
    return app.port();
  }

  /** Stops gracefully: refuses new requests and waits (up to the stop timeout) for running ones. */
  public void stop() {
    app.stop();
  }
}
