package io.dbkeep.adapter.in.web;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.application.port.out.transaction.ConcurrentUpdateException;
import io.dbkeep.application.port.out.transaction.DataStoreUnavailableException;
import io.dbkeep.testsupport.HttpTestClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorEnvelopeAndShutdownTest {

  private final CountDownLatch slowStarted = new CountDownLatch(1);
  private HttpApi api;
  private HttpTestClient http;

  @BeforeEach
  void start() {
    WebRoutes failing =
        routes -> {
          routes.get(
              "/boom",
              ctx -> {
                throw new IllegalStateException("secret internal detail");
              });
          routes.get(
              "/db-down",
              ctx -> {
                throw new DataStoreUnavailableException("pool timeout", null);
              });
          routes.get(
              "/conflict",
              ctx -> {
                throw new ConcurrentUpdateException("lost race", null);
              });
          routes.get(
              "/slow",
              ctx -> {
                slowStarted.countDown();
                Thread.sleep(1_500);
                ctx.result("finished");
              });
        };
    api =
        new HttpApi(new WebSettings("127.0.0.1", 0, 1024, Duration.ofSeconds(10)), List.of(failing))
            .start();
    http = new HttpTestClient(api.port());
  }

  @AfterEach
  void stop() {
    api.stop();
  }

  @Test
  void anUnexpectedFailureIs500WithoutItsDetails() {
    var response = http.get("/boom");

    assertThat(response.statusCode()).isEqualTo(500);
    assertEnvelope(response, "INTERNAL_ERROR");
    assertThat(response.body()).doesNotContain("secret", "Exception", "at io.");
  }

  @Test
  void anUnavailableDatabaseIs503WithRetryAfter() {
    var response = http.get("/db-down");

    assertThat(response.statusCode()).isEqualTo(503);
    assertEnvelope(response, "DATABASE_UNAVAILABLE");
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void aLostRaceIs409() {
    var response = http.get("/conflict");

    assertThat(response.statusCode()).isEqualTo(409);
    assertEnvelope(response, "CONCURRENT_UPDATE");
  }

  @Test
  void aWrongMethodIsAnEnvelopeToo() {
    var response = http.send("PATCH", "/slow", "{}");

    assertThat(response.statusCode()).isIn(404, 405);
    assertThat(json(response).get("error").get("code").asString()).isNotBlank();
    assertEnvelope(response, json(response).get("error").get("code").asString());
  }

  @Test
  void anErrorJettyAnswersItselfCarriesTheSameEnvelope() {
    var response = http.get("/%00");

    assertThat(response.statusCode()).isEqualTo(400);
    assertEnvelope(response, "BAD_REQUEST");
  }

  @Test
  void aBodyOverTheLimitIs413InTheEnvelope() {
    var response = http.post("/boom", "x".repeat(4096));

    assertThat(response.statusCode()).isIn(404, 413);
    assertEnvelope(response, json(response).get("code").asString());
  }

  /**
   * Top-level {@code code} and {@code message} (what Better Auth's and the original front end's
   * clients read) beside the {@code error} object, both the same.
   */
  static void assertEnvelope(java.net.http.HttpResponse<String> response, String code) {
    var body = json(response);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(body.get("code").asString()).isEqualTo(code);
    assertThat(body.get("message").asString()).isNotBlank();
    assertThat(body.get("error").get("code").asString()).isEqualTo(code);
    assertThat(body.get("error").get("message").asString())
        .isEqualTo(body.get("message").asString());
    assertThat(body.get("error").get("details").isArray()).isTrue();
  }

  @Test
  void stoppingLetsInFlightRequestsFinishAndRefusesNewOnes() throws Exception {
    var inFlight = CompletableFuture.supplyAsync(() -> http.get("/slow"));
    assertThat(slowStarted.await(5, TimeUnit.SECONDS)).isTrue();

    api.stop();

    var response = inFlight.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("finished");
    assertThatThrownBy(() -> http.get("/slow")).isInstanceOf(IllegalStateException.class);
  }
}
