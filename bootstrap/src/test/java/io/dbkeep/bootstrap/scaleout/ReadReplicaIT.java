package io.dbkeep.bootstrap.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code DATABASE_READ_URL} against a real streaming replica made for the test (ADR 0108): project
 * lists come from the replica when it has the caller's own writes, from the primary when it has
 * not, and from the primary when the replica is gone. The replica's replay is paused to make the
 * lag certain instead of racing it.
 */
class ReadReplicaIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String DATABASE = "dbkeep";

  private static StreamingReplicaPair pair;
  private static ClusterNode server;
  private static Path directory;

  @BeforeAll
  static void startPrimaryReplicaAndServer() throws Exception {
    pair = StreamingReplicaPair.start();
    try (var primary = pair.connect(pair.primaryPort, "postgres")) {
      primary.createStatement().execute("create database " + DATABASE);
    }
    directory = Files.createTempDirectory("dbkeep-read-replica");
    server =
        ClusterNode.start(
                "reader",
                ClusterNode.freePort(),
                directory,
                Map.of(
                    "DATABASE_URL",
                    "postgresql://postgres@127.0.0.1:" + pair.primaryPort + "/" + DATABASE,
                    "DATABASE_READ_URL",
                    "postgresql://postgres@127.0.0.1:" + pair.replicaPort + "/" + DATABASE,
                    "DATABASE_CONNECT_TIMEOUT",
                    "2s",
                    "BACKUP_BEFORE_MIGRATE",
                    "false",
                    "DBKEEP_SECRET",
                    "read-replica-test-secret-of-32-characters-or-more"))
            .awaitReady(Duration.ofSeconds(180));
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      if (pair != null) {
        pair.close();
      }
      try (var files = Files.walk(directory)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  @Test
  void listsComeFromTheReplicaUnlessItLacksTheAuthorsOwnWrites() throws Exception {
    assertThat(server.logText()).contains("Read replica:");
    var token = signUp("reader@example.com");
    var created = send("POST", "/api/projects", "{\"name\":\"Original\"}", token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var id = json(created).get("id").asString();
    pair.awaitReplicaCaughtUp(DATABASE);

    pair.replay(false);
    try {
      // another writer, behind the API's back: only the primary has it
      try (var primary = pair.connect(pair.primaryPort, DATABASE)) {
        primary
            .createStatement()
            .executeUpdate("update project set name = 'Changed elsewhere' where id = '" + id + "'");
      }
      assertThat(names(token))
          .as("the replica has the author's writes: the list comes from it, lag and all")
          .containsExactly("Original");

      var renamed =
          send(
              "PUT",
              "/api/projects/" + id,
              "{\"name\":\"Renamed by the author\"}",
              token,
              "If-Match",
              "\"1\"");
      assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
      assertThat(names(token))
          .as("the replica is paused before the author's write: the list comes from the primary")
          .containsExactly("Renamed by the author");
      var second = send("POST", "/api/projects", "{\"name\":\"Second\"}", token);
      assertThat(second.statusCode()).isEqualTo(201);
      assertThat(names(token)).containsExactlyInAnyOrder("Renamed by the author", "Second");
    } finally {
      pair.replay(true);
    }
    pair.awaitReplicaCaughtUp(DATABASE);
    assertThat(names(token)).containsExactlyInAnyOrder("Renamed by the author", "Second");

    pair.stopReplica();
    assertThat(names(token))
        .as("without the replica, lists come from the primary")
        .containsExactlyInAnyOrder("Renamed by the author", "Second");
    assertThat(send("GET", "/health/ready", null, null).statusCode()).isEqualTo(200);
  }

  private static String signUp(String email) {
    var response =
        send(
            "POST",
            "/api/auth/sign-up/email",
            "{\"name\":\"R\",\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}",
            null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.headers().firstValue("set-auth-token").orElseThrow();
  }

  private static List<String> names(String token) {
    var response = send("GET", "/api/projects", null, token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var names = new ArrayList<String>();
    json(response).forEach(project -> names.add(project.get("name").asString()));
    return names;
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> send(
      String method, String path, String body, String token, String... headers) {
    var builder =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      builder.header("Content-Type", "application/json");
    }
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    try {
      return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
  }
}
