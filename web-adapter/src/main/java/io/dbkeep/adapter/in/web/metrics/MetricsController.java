package io.dbkeep.adapter.in.web.metrics;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ErrorHandling;
import io.javalin.config.RoutesConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code GET /metrics}: the metrics in the Prometheus text format. When a token is configured, the
 * request must carry {@code Authorization: Bearer <token>} (compared in constant time); otherwise
 * the endpoint is open, for scrapers on a private network.
 */
public final class MetricsController implements WebRoutes {

  private final Supplier<String> scrape;
  private final String contentType;
  private final Optional<byte[]> token;

  /**
   * @param scrape renders the metrics
   * @param contentType the content type of what {@code scrape} renders
   * @param token the bearer token scrapers must send, or empty for none
   */
  public MetricsController(Supplier<String> scrape, String contentType, Optional<String> token) {
    this.scrape = scrape;
    this.contentType = contentType;
    this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(
        "/metrics",
        ctx -> {
          if (token.isPresent() && !authorized(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"");
            ErrorHandling.respond(
                ctx,
                ApiError.of(
                    401,
                    "UNAUTHORIZED",
                    "Send the metrics token as Authorization: Bearer <token>"));
            return;
          }
          ctx.contentType(contentType).result(scrape.get());
        });
  }

  private boolean authorized(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    var offered = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(offered, token.get());
  }
}
