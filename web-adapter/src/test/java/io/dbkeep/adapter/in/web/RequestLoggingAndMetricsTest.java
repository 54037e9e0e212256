package io.dbkeep.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.dbkeep.adapter.in.web.metrics.MetricsController;
import io.dbkeep.adapter.in.web.observability.RequestObserver;
import io.dbkeep.testsupport.HttpTestClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RequestLoggingAndMetricsTest {

  private final List<String> observed = new CopyOnWriteArrayList<>();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private HttpApi api;
  private HttpTestClient http;

  @BeforeEach
  void start() {
    var logger = (Logger) LoggerFactory.getLogger("io.dbkeep.http");
    logger.setLevel(Level.DEBUG);
    logs.start();
    logger.addAppender(logs);
    WebRoutes routes =
        r -> {
          r.get("/api/things/{id}", ctx -> ctx.result("thing " + ctx.pathParam("id")));
          r.post("/api/things", ctx -> ctx.status(201).result("created"));
          r.get("/reset/{token}", ctx -> ctx.result("ok"));
          r.get(
              "/boom",
              ctx -> {
                throw new IllegalStateException("bug");
              });
        };
    RequestObserver observer =
        (method, route, status, nanos) -> observed.add(method + " " + route + " " + status);
    api =
        new HttpApi(
                new WebSettings("127.0.0.1", 0, 1_000_000, Duration.ofSeconds(5)),
                List.of(
                    routes,
                    new MetricsController(
                        () -> "dbkeep_up 1\n", "text/plain; version=0.0.4", Optional.of("s3cret"))),
                observer)
            .start();
    http = new HttpTestClient(api.port());
  }

  @AfterEach
  void stop() {
    api.stop();
    ((Logger) LoggerFactory.getLogger("io.dbkeep.http")).detachAppender(logs);
  }

  private List<String> lines() {
    return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Test
  void everyRequestIsLoggedOnceWithItsRequestIdWhichIsEchoed() {
    var given = http.get("/api/things/42?token=query-secret", "X-Request-Id", "abc-123");
    var generated = http.get("/api/things/7");
    var injected = http.get("/api/things/8", "X-Request-Id", "bad id\" injected=1");
    var missing = http.get("/nowhere");
    var failing = http.get("/boom");

    assertThat(given.headers().firstValue("X-Request-Id")).contains("abc-123");
    var id = generated.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(id).matches("[0-9a-f-]{36}");
    assertThat(injected.headers().firstValue("X-Request-Id").orElseThrow())
        .matches("[0-9a-f-]{36}");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("X-Request-Id")).isPresent();
    assertThat(failing.statusCode()).isEqualTo(500);
    assertThat(failing.headers().firstValue("X-Request-Id")).isPresent();

    assertThat(lines()).hasSize(5);
    assertThat(lines().get(0)).matches("GET /api/things/42 200 \\d+\\.\\dms requestId=abc-123");
    assertThat(lines().get(1)).endsWith("requestId=" + id);
    assertThat(lines()).anySatisfy(l -> assertThat(l).startsWith("GET /nowhere 404 "));
    assertThat(lines()).anySatisfy(l -> assertThat(l).startsWith("GET /boom 500 "));
    assertThat(observed).contains("GET /api/things/{id} 200", "GET unmatched 404", "GET /boom 500");
    var keys =
        logs.list.get(0).getKeyValuePairs().stream()
            .map(p -> p.key + "=" + p.value)
            .collect(Collectors.toList());
    assertThat(keys)
        .contains("method=GET", "status=200", "requestId=abc-123", "route=/api/things/{id}");
  }

  @Test
  void tokensPasswordsAndBodiesNeverReachTheLog() {
    http.post(
        "/api/things",
        "{\"password\":\"hunter2-body\"}",
        "Authorization",
        "Bearer header-secret",
        "Cookie",
        "session=cookie-secret");
    http.get("/reset/path-secret-token");
    http.get("/api/things/1?password=query-password");

    var everything =
        String.join("\n", lines())
            + logs.list.stream().map(Object::toString).collect(Collectors.joining());
    assertThat(everything)
        .doesNotContain("hunter2-body")
        .doesNotContain("header-secret")
        .doesNotContain("cookie-secret")
        .doesNotContain("path-secret-token")
        .doesNotContain("query-password")
        .contains("GET /reset/**** 200");
  }

  @Test
  void metricsNeedTheTokenWhenOneIsConfigured() {
    assertThat(http.get("/metrics").statusCode()).isEqualTo(401);
    assertThat(http.get("/metrics", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
    var scraped = http.get("/metrics", "Authorization", "Bearer s3cret");
    assertThat(scraped.statusCode()).isEqualTo(200);
    assertThat(scraped.body()).isEqualTo("dbkeep_up 1\n");
    assertThat(scraped.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    assertThat(logs.list.get(0).getLevel()).isEqualTo(Level.DEBUG);
  }
}
