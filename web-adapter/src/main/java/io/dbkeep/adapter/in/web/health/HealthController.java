package io.dbkeep.adapter.in.web.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.application.port.in.health.CheckReadinessQuery;
import io.javalin.config.RoutesConfig;

/** {@code /health/live} (the process answers) and {@code /health/ready} (it can do its work). */
public final class HealthController implements WebRoutes {

  private final CheckReadinessQuery readiness;

  public HealthController(CheckReadinessQuery readiness) {
    this.readiness = readiness;
  }

  /** The answer of the health routes. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record HealthResponse(String status, String database) {}

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/health/live", ctx -> ctx.json(new HealthResponse("UP", null)));
    routes.get(
        "/health/ready",
        ctx -> {
          var answer = readiness.checkReadiness();
          ctx.status(answer.ready() ? 200 : 503)
              .json(new HealthResponse(answer.ready() ? "UP" : "DOWN", answer.database()));
        });
  }
}
