package io.dbkeep.bootstrap.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.in.web.HttpApi;
import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.WebSettings;
import io.dbkeep.testsupport.HttpTestClient;
import io.dbkeep.testsupport.OpenApiContract;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The route table that the authorization matrix and the OpenAPI check compare is Javalin's own: a
 * route registered in a running server, through any of the verbs the controllers use, and written
 * down nowhere else, fails both (the other tests only plant a line in a copy of the table).
 */
class PlantedRouteTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static final WebRoutes PLANTED =
      routes -> {
        routes.get("/api/planted/{id}", ctx -> ctx.result("planted"));
        routes.post("/api/planted", ctx -> ctx.result("planted"));
        routes.put("/api/planted/{id}", ctx -> ctx.result("planted"));
        routes.patch("/api/planted/{id}", ctx -> ctx.result("planted"));
        routes.delete("/api/projects/{id}/planted", ctx -> ctx.result("planted"));
      };

  private static final List<String> PLANTED_ROUTES =
      List.of(
          "DELETE /api/projects/{id}/planted",
          "GET /api/planted/{id}",
          "PATCH /api/planted/{id}",
          "POST /api/planted",
          "PUT /api/planted/{id}");

  /**
   * The server's filters, each read and found not to answer a request itself (it only logs, checks
   * an origin or guards, then lets the route answer or refuses): a filter can serve a path that no
   * route lists, so a new one is reviewed and added here.
   */
  static final List<String> REVIEWED_FILTERS =
      List.of(
          "BEFORE *", // request logging: request id and start time (the line is written on
          // completion)
          "BEFORE /api/auth/*", // AuthRoutes: trusted-origin check on state-changing calls
          "BEFORE /studio", // StudioController: the Studio's access guard
          "BEFORE /studio/*");

  @Test
  void everyFilterOfTheServerHasBeenReviewedAndAPlantedOneIsListed() {
    try (var server = ContractServer.start(DATABASE, false)) {
      assertThat(unreviewed(server.filters()))
          .as("a new before/after handler can answer requests no route lists: review it")
          .isEmpty();
      assertThat(server.filters()).hasSize(REVIEWED_FILTERS.size());
    }
    WebRoutes hidden =
        routes ->
            routes.before(
                "/api/hidden",
                ctx -> {
                  ctx.result("hidden");
                  ctx.skipRemainingHandlers();
                });
    var api =
        new HttpApi(
                new WebSettings("127.0.0.1", 0, 64 * 1024, Duration.ofSeconds(1)), List.of(hidden))
            .start();
    try {
      assertThat(new HttpTestClient(api.port()).get("/api/hidden").body())
          .as("a filter answers a path no route lists")
          .isEqualTo("hidden");
      assertThat(api.routes()).isEmpty();
      assertThat(unreviewed(api.filters())).containsExactly("BEFORE /api/hidden");
    } finally {
      api.stop();
    }
  }

  /** The filters of a table that are not in {@link #REVIEWED_FILTERS}. */
  static List<String> unreviewed(List<HttpApi.Route> filters) {
    return filters.stream()
        .map(filter -> filter.method() + " " + filter.path())
        .filter(filter -> !REVIEWED_FILTERS.contains(filter))
        .toList();
  }

  @Test
  void aRouteRegisteredInJavalinAndNowhereElseFailsTheMatrixAndTheDocumentChecks() {
    var api =
        new HttpApi(
                new WebSettings("127.0.0.1", 0, 64 * 1024, Duration.ofSeconds(1)), List.of(PLANTED))
            .start();
    try {
      assertThat(new HttpTestClient(api.port()).get("/api/planted/7").body())
          .as("the planted route really answers")
          .isEqualTo("planted");

      assertThat(AuthorizationMatrixTest.missingRows(api.routes(), AuthorizationMatrixTest.SAMPLES))
          .containsExactlyElementsOf(
              PLANTED_ROUTES.stream()
                  .map(route -> route + " has no row in AuthorizationMatrixTest.SAMPLES")
                  .toList());
      var document = OpenApiContract.onClasspath().orElseThrow();
      assertThat(OpenApiContractTest.differences(api.routes(), document))
          .filteredOn(line -> line.startsWith("registered but not in"))
          .hasSize(PLANTED_ROUTES.size())
          .allSatisfy(
              line ->
                  assertThat(PLANTED_ROUTES).anyMatch(route -> line.contains(": " + route + " (")));
    } finally {
      api.stop();
    }
  }
}
