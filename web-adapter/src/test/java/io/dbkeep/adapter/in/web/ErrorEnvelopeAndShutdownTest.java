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
    assertThat(json(response).get("error").get("code").asString()).isEqualTo("INTERNAL_ERROR");
    assertThat(response.body()).doesNotContain("secret", "Exception", "at io.");
  }

  @Test
  void anUnavailableDatabaseIs503WithRetryAfter() {
    var response = http.get("/db-down");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(json(response).get("error").get("code").asString())
        .isEqualTo("DATABASE_UNAVAILABLE");
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void aLostRaceIs409() {
    var response = http.get("/conflict");

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(json(response).get("error").get("code").asString()).isEqualTo("CONCURRENT_UPDATE");
  }

  @Test
  void aWrongMethodIsAnEnvelopeToo() {
    var response = http.send("PATCH", "/slow", "{}");

    assertThat(response.statusCode()).isIn(404, 405);
    assertThat(json(response).get("error").get("code").asString()).isNotBlank();
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
