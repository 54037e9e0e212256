package io.dbkeep.bootstrap;

import static io.dbkeep.testsupport.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.testsupport.HttpTestClient;
import io.dbkeep.testsupport.PostgresTestDatabase;
import io.dbkeep.testsupport.TcpProxy;
import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The database goes away under load — connections cut, then packets lost — and comes back: the API
 * answers 503 {@code DATABASE_UNAVAILABLE} promptly (never 500, never a hang), readiness says DOWN,
 * everything recovers by itself, and every write that was acknowledged is in the database.
 */
class DatabaseOutageSystemTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  /**
   * Connect timeout 1 s + statement timeout 2 s make an answer take about 3 s at most; the bound is
   * generous so a loaded machine does not fail the test. Promptness itself is proven while the
   * connection is frozen: a write must be answered 503 before the freeze is lifted, which without
   * the timeouts it never would be.
   */
  private static final long SLOWEST_ALLOWED_MS = 30_000;

  record Outcome(int status, String name, String code, long millis) {}

  @Test
  void anOutageUnderLoadGives503sRecoversAndLosesNoAcknowledgedWrite() throws Exception {
    var target = URI.create(DATABASE.jdbcUrl().substring("jdbc:".length()));
    try (var proxy = new TcpProxy(target.getHost(), target.getPort())) {
      var url =
          DATABASE
              .databaseUrl()
              .replace(target.getHost() + ":" + target.getPort(), "127.0.0.1:" + proxy.port());
      var env =
          new Environment(
              Map.of(
                  "DATABASE_URL", url,
                  "HOST", "127.0.0.1",
                  "PORT", "0",
                  "DATABASE_POOL_SIZE", "4",
                  "DATABASE_CONNECT_TIMEOUT", "1s",
                  "DATABASE_STATEMENT_TIMEOUT", "2s",
                  "GUEST_MODE", "true"));
      try (var server =
          DbkeepServer.start(
              ServerConfig.from(env, null), IdentityConfig.from(env, 0), Clock.systemUTC())) {
        var http = new HttpTestClient(server.port());
        var outcomes = new CopyOnWriteArrayList<Outcome>();
        var running = new AtomicBoolean(true);
        var counter = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
          writers.submit(
              () -> {
                while (running.get()) {
                  var name = "write-" + counter.incrementAndGet();
                  var started = System.nanoTime();
                  var response = http.post("/api/projects", "{\"name\":\"" + name + "\"}");
                  var millis = (System.nanoTime() - started) / 1_000_000;
                  var code =
                      response.statusCode() >= 400
                          ? json(response).get("error").get("code").asString()
                          : null;
                  outcomes.add(new Outcome(response.statusCode(), name, code, millis));
                  sleep(20);
                }
                return null;
              });
        }
        sleep(1_000);
        assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);

        // 1. every connection cut, new ones refused
        proxy.cut();
        awaitStatus(http, "/health/ready", 503);
        var during = http.post("/api/projects", "{\"name\":\"during-cut\"}");
        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(json(during).get("error").get("code").asString())
            .isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(during.headers().firstValue("Retry-After")).isPresent();
        sleep(1_500);
        proxy.restore();
        awaitStatus(http, "/health/ready", 200);
        var afterCut = outcomes.size();
        sleep(1_000);

        // 2. packets lost: connections stay open but nothing gets through
        proxy.freeze();
        awaitStatus(http, "/health/ready", 503);
        var duringFreeze = http.post("/api/projects", "{\"name\":\"during-freeze\"}");
        assertThat(duringFreeze.statusCode())
            .as("answered while the database is still frozen")
            .isEqualTo(503);
        assertThat(json(duringFreeze).get("error").get("code").asString())
            .isEqualTo("DATABASE_UNAVAILABLE");
        sleep(3_500);
        proxy.restore();
        awaitStatus(http, "/health/ready", 200);
        sleep(1_500);
        running.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isIn(201, 503));
        assertThat(outcomes)
            .filteredOn(o -> o.status() == 503)
            .isNotEmpty()
            .allSatisfy(o -> assertThat(o.code()).isEqualTo("DATABASE_UNAVAILABLE"));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.millis()).isLessThan(SLOWEST_ALLOWED_MS));
        assertThat(outcomes.subList(afterCut, outcomes.size()))
            .as("writes succeed again after the first outage")
            .anyMatch(o -> o.status() == 201);
        var last = outcomes.subList(outcomes.size() - 8, outcomes.size());
        assertThat(last).as("recovered at the end").anyMatch(o -> o.status() == 201);

        var acknowledged =
            outcomes.stream().filter(o -> o.status() == 201).map(Outcome::name).toList();
        assertThat(stored()).containsAll(acknowledged);
        assertThat(new HashSet<>(acknowledged)).hasSize(acknowledged.size());
      }
    }
  }

  private static List<String> stored() throws Exception {
    var names = new java.util.ArrayList<String>();
    try (var connection = DATABASE.connect();
        var rows = connection.createStatement().executeQuery("select name from project")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private static void awaitStatus(HttpTestClient http, String path, int status) {
    var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      var started = System.nanoTime();
      var answer = http.get(path).statusCode();
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(SLOWEST_ALLOWED_MS);
      if (answer == status) {
        return;
      }
      sleep(100);
    }
    throw new AssertionError(path + " never answered " + status);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
