package io.dbkeep.bootstrap.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two, then three instances of the packaged jar on one PostgreSQL database behind Debian's HAProxy
 * (issue 11, scale-out): sessions work on every node, optimistic locking holds across nodes, rate
 * limits count once for all nodes, periodic jobs and mails run once, and a node killed with SIGKILL
 * under a write load loses no acknowledged write. The tests run in order on one cluster; the last
 * one kills a node.
 */
@TestMethodOrder(OrderAnnotation.class)
class ScaleOutIT {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration START = Duration.ofSeconds(180);
  private static final String SECRET = "scale-out-test-secret-of-at-least-32-characters";
  private static final int RATE_LIMIT = 6;
  private static final List<String> NAMES = List.of("node1", "node2", "node3");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static Path directory;
  private static final List<Integer> PORTS = new ArrayList<>();
  private static final Map<String, ClusterNode> NODES = new ConcurrentHashMap<>();
  private static HaproxyBalancer proxy;
  private static String token;
  private static String cookie;

  @BeforeAll
  static void startTwoNodesBehindHaproxy() throws Exception {
    assertThat(HaproxyBalancer.BINARY).as("Debian's haproxy (.ci/run installs it)").exists();
    directory = Files.createTempDirectory("dbkeep-scale-out");
    for (var ignored : NAMES) {
      PORTS.add(ClusterNode.freePort());
    }
    // node 3 is in the proxy's list from the start, down until it is started (scaling out)
    proxy = HaproxyBalancer.start(directory, NAMES, PORTS);
    startNode(0);
    startNode(1);
    proxy.awaitReady(START).awaitServing(List.of("node1", "node2"), START);
  }

  @AfterAll
  static void stopEverything() throws Exception {
    try {
      for (var node : NODES.values()) {
        node.close();
      }
    } finally {
      if (proxy != null) {
        proxy.close();
      }
      try (var files = Files.walk(directory)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static void startNode(int index) throws Exception {
    var environment = new HashMap<String, String>();
    environment.put("DATABASE_URL", DATABASE.databaseUrl());
    environment.put("DBKEEP_SECRET", SECRET);
    environment.put("DATABASE_POOL_SIZE", "4");
    environment.put("BACKUP_BEFORE_MIGRATE", "false");
    environment.put("RATE_LIMIT_MAX", Integer.toString(RATE_LIMIT));
    // an hour's window: no bucket refills while a slow machine runs the test
    environment.put("RATE_LIMIT_WINDOW", "1h");
    environment.put("TRUST_PROXY", "true");
    environment.put("PURGE_INTERVAL", "1s");
    environment.put("BASE_URL", "http://localhost:" + proxy.port);
    var name = NAMES.get(index);
    NODES.put(
        name, ClusterNode.start(name, PORTS.get(index), directory, environment).awaitReady(START));
  }

  @Test
  @Order(1)
  void aSessionMadeThroughTheProxyWorksOnEveryNode() throws Exception {
    var signUp =
        send(
            proxy.port,
            "POST",
            "/api/auth/sign-up/email",
            "{\"name\":\"Ada\",\"email\":\"ada-scale@example.com\",\"password\":\"correct horse battery\"}",
            "X-Forwarded-For",
            "10.11.0.1");
    assertThat(signUp.statusCode()).as(signUp.body()).isEqualTo(200);
    token = signUp.headers().firstValue("set-auth-token").orElseThrow();
    var setCookie = signUp.headers().firstValue("Set-Cookie").orElseThrow();
    cookie = setCookie.substring(0, setCookie.indexOf(';'));

    var servedBy = new HashSet<String>();
    for (int i = 0; i < 8; i++) {
      var session = send(proxy.port, "GET", "/api/auth/get-session", null, "Cookie", cookie);
      assertThat(session.statusCode()).isEqualTo(200);
      assertThat(json(session).get("user").get("email").asString())
          .isEqualTo("ada-scale@example.com");
      servedBy.add(session.headers().firstValue("X-Served-By").orElseThrow());
    }
    assertThat(servedBy)
        .as("round robin reaches both nodes")
        .containsExactlyInAnyOrder("node1", "node2");

    for (var node : List.of("node1", "node2")) {
      var port = NODES.get(node).port;
      var byCookie = send(port, "GET", "/api/auth/get-session", null, "Cookie", cookie);
      var byBearer = send(port, "GET", "/api/projects", null, "Authorization", "Bearer " + token);
      assertThat(json(byCookie).get("user").get("email").asString())
          .isEqualTo("ada-scale@example.com");
      assertThat(byBearer.statusCode()).as(node).isEqualTo(200);
    }
  }

  @Test
  @Order(2)
  void aThirdNodeJoinsTheProxyAndServesTheSameSessions() throws Exception {
    startNode(2);

    var deadline = System.nanoTime() + START.toNanos();
    var servedBy = new HashSet<String>();
    while (!servedBy.contains("node3") && System.nanoTime() < deadline) {
      var session = send(proxy.port, "GET", "/api/auth/get-session", null, "Cookie", cookie);
      assertThat(json(session).get("user").get("email").asString())
          .isEqualTo("ada-scale@example.com");
      servedBy.add(session.headers().firstValue("X-Served-By").orElseThrow());
      Thread.sleep(100);
    }
    assertThat(servedBy).as("the proxy sent requests to the new node").contains("node3");
    var direct =
        send(NODES.get("node3").port, "GET", "/api/auth/get-session", null, "Cookie", cookie);
    assertThat(json(direct).get("user").get("email").asString()).isEqualTo("ada-scale@example.com");
  }

  @Test
  @Order(3)
  void concurrentSavesOfOneVersionOnThreeNodesLetExactlyOneWin() throws Exception {
    var created =
        send(
            proxy.port,
            "POST",
            "/api/projects",
            "{\"name\":\"Contested\"}",
            "Authorization",
            "Bearer " + token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var id = json(created).get("id").asString();
    var pool = Executors.newFixedThreadPool(3);
    try {
      for (int version = 1; version <= 5; version++) {
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<HttpResponse<String>>>();
        for (var node : NAMES) {
          var port = NODES.get(node).port;
          var body = "{\"name\":\"Saved by " + node + " at " + version + "\"}";
          var ifMatch = "\"" + version + "\"";
          answers.add(
              pool.submit(
                  () -> {
                    start.await();
                    return send(
                        port,
                        "PUT",
                        "/api/projects/" + id,
                        body,
                        "Authorization",
                        "Bearer " + token,
                        "If-Match",
                        ifMatch);
                  }));
        }
        start.countDown();
        var statuses = new ArrayList<Integer>();
        var winners = 0;
        for (var answer : answers) {
          var response = answer.get(120, TimeUnit.SECONDS);
          statuses.add(response.statusCode());
          if (response.statusCode() == 200) {
            winners++;
          } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(412);
            assertThat(json(response).get("error").get("code").asString())
                .isEqualTo("VERSION_MISMATCH");
          }
        }
        assertThat(winners).as("round %d: %s", version, statuses).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
    var finalState =
        send(proxy.port, "GET", "/api/projects/" + id, null, "Authorization", "Bearer " + token);
    assertThat(json(finalState).get("version").asInt()).isEqualTo(6);
  }

  @Test
  @Order(4)
  void rateLimitsCountOnceForAllNodes() throws Exception {
    var single =
        signInAttemptsUntilLimited(
            List.of(NODES.get("node1").port), "solo@example.com", "10.12.0.1");
    var spread =
        signInAttemptsUntilLimited(
            NAMES.stream().map(name -> NODES.get(name).port).toList(),
            "spread@example.com",
            "10.12.0.2");
    var proxied =
        signInAttemptsUntilLimited(List.of(proxy.port), "proxied@example.com", "10.12.0.3");

    assertThat(single).as("on one node").isEqualTo(RATE_LIMIT + 1);
    assertThat(spread).as("spread over three nodes: the same total").isEqualTo(single);
    assertThat(proxied).as("through the proxy").isEqualTo(single);
  }

  /** Wrong-password sign-ins sent round robin to {@code ports}; the number of the first 429. */
  private static int signInAttemptsUntilLimited(List<Integer> ports, String email, String address) {
    for (int attempt = 1; attempt <= 3 * RATE_LIMIT + 3; attempt++) {
      var response =
          send(
              ports.get((attempt - 1) % ports.size()),
              "POST",
              "/api/auth/sign-in/email",
              "{\"email\":\"" + email + "\",\"password\":\"not the password\"}",
              "X-Forwarded-For",
              address);
      if (response.statusCode() == 429) {
        return attempt;
      }
      assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    }
    return -1;
  }

  @Test
  @Order(5)
  void periodicJobsRunOncePerPeriodAcrossTheNodes() throws Exception {
    var deadline = System.nanoTime() + START.toNanos();
    long runs = 0;
    while (runs < 5 && System.nanoTime() < deadline) {
      Thread.sleep(500);
      runs = jobRuns("session-purge")[0];
    }
    assertThat(runs).as("the purge runs at all").isGreaterThanOrEqualTo(5);

    for (var job : List.of("session-purge", "rate-limit-forget")) {
      var row = jobRuns(job);
      var spanMillis = row[1];
      // each run is claimed at least PURGE_INTERVAL (1 s) after the one before, whichever node
      // runs it: three nodes each purging every second would break this
      assertThat(row[0] - 1)
          .as(job + " runs within " + spanMillis + " ms")
          .isLessThanOrEqualTo(spanMillis / 1000);
    }
  }

  @Test
  @Order(6)
  void eachQueuedMailIsSentByOneNode() throws Exception {
    var emails = new ArrayList<String>();
    for (int i = 0; i < 6; i++) {
      var email = "mail-once-" + i + "@example.com";
      emails.add(email);
      var signUp =
          send(
              proxy.port,
              "POST",
              "/api/auth/sign-up/email",
              "{\"name\":\"M\",\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}",
              "X-Forwarded-For",
              "10.13.0." + i);
      assertThat(signUp.statusCode()).as(signUp.body()).isEqualTo(200);
      var reset =
          send(
              proxy.port,
              "POST",
              "/api/auth/request-password-reset",
              "{\"email\":\"" + email + "\"}",
              "X-Forwarded-For",
              "10.13.1." + i);
      assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
    }
    var deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline && queuedMails() > 0) {
      Thread.sleep(250);
    }
    assertThat(queuedMails()).as("the outbox is drained").isZero();
    Thread.sleep(3_000); // a second sending would follow within a poll or two

    for (var email : emails) {
      var sent = 0;
      for (var node : NODES.values()) {
        sent += count(node.logText(), "mail to " + email + " was not sent");
      }
      assertThat(sent).as(email).isEqualTo(1);
    }
  }

  @Test
  @Order(7)
  void aNodeKilledDuringAWriteLoadLosesNoAcknowledgedWrite() throws Exception {
    var writers = 4;
    var acknowledged = new CopyOnWriteArrayList<String>();
    var serverErrors = new CopyOnWriteArrayList<String>();
    var lostAnswers = new CopyOnWriteArrayList<String>();
    var otherFailures = new CopyOnWriteArrayList<String>();
    var servedAfterKill = ConcurrentHashMap.<String>newKeySet();
    var killed = new AtomicBoolean();
    var stop = new AtomicBoolean();
    var afterKill = new AtomicInteger();
    var pool = Executors.newFixedThreadPool(writers);
    var futures = new ArrayList<Future<?>>();
    try {
      for (int w = 0; w < writers; w++) {
        var writer = w;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; !stop.get(); i++) {
                    var wasKilled = killed.get();
                    HttpResponse<String> response;
                    try {
                      response =
                          sendOrThrow(
                              proxy.port,
                              "POST",
                              "/api/projects",
                              "{\"name\":\"load " + writer + "-" + i + "\"}",
                              "Authorization",
                              "Bearer " + token);
                    } catch (IOException | InterruptedException e) {
                      lostAnswers.add(e.toString());
                      continue;
                    }
                    var status = response.statusCode();
                    if (status == 201) {
                      acknowledged.add(json(response).get("id").asString());
                      if (wasKilled) {
                        afterKill.incrementAndGet();
                        servedAfterKill.add(
                            response.headers().firstValue("X-Served-By").orElse("?"));
                      }
                    } else if (status >= 500) {
                      serverErrors.add(status + " " + response.body());
                    } else {
                      otherFailures.add(status + " " + response.body());
                    }
                  }
                  return null;
                }));
      }
      waitUntil(() -> acknowledged.size() >= 30, "30 writes before the kill");
      NODES.get("node2").kill();
      killed.set(true);
      waitUntil(() -> afterKill.get() >= 60, "60 writes after the kill");
    } finally {
      stop.set(true);
      for (var future : futures) {
        future.get(120, TimeUnit.SECONDS);
      }
      pool.shutdownNow();
    }

    assertThat(NODES.get("node2").alive()).isFalse();
    assertThat(otherFailures).as("no refusal").isEmpty();
    // a request running on the killed node is lost: the proxy answers 502 or closes the
    // connection (a POST is not retried); one per writer at most, since each has one in flight
    assertThat(serverErrors.size() + lostAnswers.size())
        .as(
            "failures only for requests in flight on the killed node: 5xx %s, no answer %s;"
                + " proxy log:%n%s",
            serverErrors, lostAnswers, proxy.logText())
        .isLessThanOrEqualTo(writers);
    assertThat(servedAfterKill).doesNotContain("node2");
    assertThat(storedProjectIds())
        .as("every acknowledged write is stored")
        .containsAll(acknowledged);
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException {
    var deadline = System.nanoTime() + START.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + START + ": " + what);
      }
      Thread.sleep(50);
    }
  }

  private static Set<String> storedProjectIds() throws Exception {
    var ids = new HashSet<String>();
    try (var connection = DATABASE.connect();
        var rows = connection.createStatement().executeQuery("select id from project")) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  /** Runs and the milliseconds between the first and the last run of {@code job}. */
  private static long[] jobRuns(String job) throws Exception {
    try (var connection = DATABASE.connect();
        var statement =
            connection.prepareStatement(
                "select runs, (extract(epoch from last_run_at - first_run_at) * 1000)::bigint"
                    + " from periodic_job where name = ?")) {
      statement.setString(1, job);
      try (var rows = statement.executeQuery()) {
        return rows.next() ? new long[] {rows.getLong(1), rows.getLong(2)} : new long[] {0, 0};
      }
    }
  }

  private static long queuedMails() throws Exception {
    try (var connection = DATABASE.connect();
        var rows = connection.createStatement().executeQuery("select count(*) from mail_outbox")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static int count(String text, String needle) {
    return (int) Pattern.compile(Pattern.quote(needle)).matcher(text).results().count();
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> send(
      int port, String method, String path, String body, String... headers) {
    try {
      return sendOrThrow(port, method, path, body, headers);
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " on port " + port + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> sendOrThrow(
      int port, String method, String path, String body, String... headers)
      throws IOException, InterruptedException {
    var builder =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      builder.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }
}
