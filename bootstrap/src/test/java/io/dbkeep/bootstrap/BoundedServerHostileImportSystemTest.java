package io.dbkeep.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.testsupport.HttpTestClient;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text import bodies and schema documents that are legal (UTF-8, under {@code MAX_REQUEST_SIZE},
 * within the schema limits) but hostile in shape or number, sent to the server as the README starts
 * it: a child JVM with {@link BoundedJvm#OPTIONS} (a bounded heap, exit on OutOfMemoryError). Each
 * must be answered (a result, 413, 422 or 503) and the server must still be alive afterwards.
 * Before the lexer streamed its statements, one 9 MB body of a million {@code SET} statements, or
 * one 30 MB body of comment lines, ended the server.
 */
class BoundedServerHostileImportSystemTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  @TempDir static Path directory;

  private static Process server;
  private static Path log;
  private static int port;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void startBoundedServer() throws Exception {
    port = freePort();
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(BoundedJvm.OPTIONS);
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve"));
    var builder = new ProcessBuilder(command);
    var env = builder.environment();
    env.remove("JAVA_TOOL_OPTIONS");
    env.remove("JDK_JAVA_OPTIONS");
    env.put("DATABASE_URL", DATABASE.databaseUrl());
    env.put("HOST", "127.0.0.1");
    env.put("PORT", Integer.toString(port));
    env.put("GUEST_MODE", "true");
    env.put(BoundedJvm.MARKER, "1");
    env.put("DBKEEP_CLASS_DATA_SHARING", "false");
    env.put("DBKEEP_HOME", directory.resolve("home").toString());
    env.put("BACKUP_DIR", directory.resolve("backups").toString());
    log = directory.resolve("server.log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    server = builder.start();
    var deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(server.isAlive()).as("server exited while starting:\n%s", tail()).isTrue();
      try {
        if (get("/health/ready").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("server not ready:\n" + tail());
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  @Test
  void aMillionTinyStatementsAreAnsweredAndTheServerLives() throws Exception {
    var file = text("tiny.sql", out -> repeat(out, "SET a = 1;\n", 1_000_000));

    var response = importText("/api/schema/import?from=postgresql", file);

    assertAnswered(response, 200);
    assertThat(response.body()).contains("STATEMENT_NOT_KEPT").contains("MORE_WARNINGS");
    assertAlive();
  }

  @Test
  void thirtyMegabytesOfCommentLinesAreAnsweredAndTheServerLives() throws Exception {
    var file =
        text(
            "comments.sql",
            out -> {
              out.write("CREATE TABLE t (a int);\n");
              repeat(out, "-- " + "x".repeat(1_000) + "\n", 30_000);
            });

    var response = importText("/api/schema/import?from=postgresql", file);

    assertAnswered(response, 200);
    assertThat(response.body()).contains("\"name\":\"t\"");
    assertAlive();
  }

  @Test
  void oneStatementOfMillionsOfTokensIsAnsweredAndTheServerLives() throws Exception {
    var file =
        text(
            "tokens.sql",
            out -> {
              out.write("CREATE TABLE t (a int);\nINSERT INTO t VALUES (1)");
              repeat(out, ",(1)", 6_000_000);
              out.write(";\n");
            });

    var response = importText("/api/schema/import?from=postgresql", file);

    assertAnswered(response, 200);
    assertThat(response.body()).contains("DATA_NOT_KEPT");
    assertAlive();
  }

  @Test
  void aTableOfMillionsOfTokensIsRefusedAtItsLine() throws Exception {
    var file =
        text(
            "wide.sql",
            out -> {
              out.write("CREATE TABLE t (a int DEFAULT 1");
              repeat(out, "+1", 8_000_000);
              out.write(");\n");
            });

    var response = importText("/api/schema/import?from=postgresql", file);

    assertAnswered(response, 413);
    assertThat(response.body()).contains("IMPORT_TOO_LARGE").contains("1:1");
    assertAlive();
  }

  @Test
  void moreTablesThanADocumentMayHoldAreRefusedNotBuilt() throws Exception {
    var file =
        text(
            "tables.sql",
            out -> {
              for (int i = 0; i < 400_000; i++) {
                out.write("CREATE TABLE t" + i + " (a int);\n");
              }
            });

    var response = importText("/api/projects/import?from=postgresql", file);

    assertAnswered(response, 413);
    assertThat(response.body()).contains("IMPORT_TOO_LARGE").contains("tables");
    assertAlive();
  }

  @Test
  void concurrentLargeImportsAreAnsweredAndTheServerLives() throws Exception {
    var file =
        text(
            "large.sql",
            out -> {
              out.write("CREATE TABLE t (a int);\n");
              repeat(out, "-- " + "é".repeat(500) + "\n", 30_000);
            });

    var answers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
    for (int i = 0; i < 4; i++) {
      answers.add(
          CLIENT.sendAsync(
              importRequest("/api/schema/import?from=postgresql", file),
              HttpResponse.BodyHandlers.ofString()));
    }
    for (var answer : answers) {
      var response = answer.get(5, TimeUnit.MINUTES);
      assertThat(response.statusCode()).as(response.body()).isIn(200, 503);
    }
    assertAlive();
  }

  @Test
  void concurrentValidationsOfATenThousandTableDocumentAreAnsweredAndTheServerLives()
      throws Exception {
    var file =
        text(
            "large.json",
            out -> {
              out.write("{\"tables\":[");
              for (int i = 0; i < 10_000; i++) {
                out.write(i == 0 ? "" : ",");
                out.write(
                    "{\"id\":\"t"
                        + i
                        + "\",\"name\":\"table_"
                        + i
                        + "\",\"position\":{\"x\":"
                        + (i % 100) * 300
                        + ",\"y\":"
                        + (i / 100) * 300
                        + "},\"columns\":[");
                for (int j = 0; j < 6; j++) {
                  out.write(
                      (j == 0 ? "" : ",")
                          + "{\"id\":\"c"
                          + j
                          + "\",\"name\":\"col_"
                          + j
                          + "\",\"type\":\"VARCHAR\",\"length\":100,\"primaryKey\":"
                          + (j == 0)
                          + ",\"nullable\":"
                          + (j != 0)
                          + "}");
                }
                out.write("]}");
              }
              out.write("]}");
            });

    var answers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
    for (int i = 0; i < 4; i++) {
      answers.add(
          CLIENT.sendAsync(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + port + "/api/schema/validate"))
                  .timeout(Duration.ofMinutes(5))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofFile(file))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    for (var answer : answers) {
      var response = answer.get(5, TimeUnit.MINUTES);
      assertThat(response.statusCode()).as(abbreviate(response.body())).isIn(200, 503);
    }
    assertAlive();
  }

  /**
   * A 10,000-table project is a size the product promises (the JMH figures are for it): creating,
   * saving, duplicating and diffing it, and the migration between two of its versions, must all be
   * answered by the bounded server. At a 160 MB heap one create of it ended the server, and so did
   * one diff of two such documents; two concurrent saves of it must take turns, not add up.
   */
  @Test
  void aTenThousandTableProjectIsCreatedSavedDiffedAndMigratedAndTheServerLives() throws Exception {
    var document = tenThousandTables(false);
    var changed = tenThousandTables(true);
    var created =
        sendJson("POST", "/api/projects", "{\"name\":\"big\",\"data\":" + document + "}", null);
    assertAnswered(created, 201);
    var id = created.body().replaceFirst("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1");
    assertThat(id).hasSize(36);

    var saves = new ArrayList<CompletableFuture<HttpResponse<String>>>();
    for (int i = 0; i < 2; i++) {
      saves.add(sendJsonAsync("PUT", "/api/projects/" + id, "{\"data\":" + changed + "}"));
    }
    for (var save : saves) {
      assertAnswered(save.get(5, TimeUnit.MINUTES), 200);
    }
    assertAlive();

    var migration = get("/api/projects/" + id + "/migration?from=1&to=2");
    assertAnswered(migration, 200);
    assertThat(migration.body()).contains("renamed_0");
    assertAnswered(sendJson("POST", "/api/projects/" + id + "/duplicate", "", null), 201);

    var diff =
        sendJson(
            "POST",
            "/api/schema/diff?engine=postgresql",
            "{\"from\":" + document + ",\"to\":" + changed + "}",
            null);
    assertAnswered(diff, 200);
    assertThat(diff.body()).contains("ALTER TABLE \\\"table_0\\\" RENAME TO \\\"renamed_0\\\"");
    assertAlive();
  }

  /**
   * The SVG of a diagram can be far larger than its document: each line of a note is drawn as its
   * own text element while the note is tall enough, so 700 notes 99,999 px tall of 6,240 one-letter
   * lines (a 13 MB document) ask for about 480 million characters of SVG — which ended the bounded
   * server with OutOfMemoryError. Its SVG is now refused (413, naming what to export instead) once
   * the text passes its budget; pictures asked for at once take turns, and the PNG (an overview
   * without labels) is drawn.
   */
  @Test
  void theSvgOfADiagramTooLargeForTheHeapIsRefusedAndThePngDrawnAndTheServerLives()
      throws Exception {
    var notes = new StringBuilder("{\"tables\":[],\"notes\":[");
    var content = "a\\n".repeat(6_240);
    for (int i = 0; i < 700; i++) {
      notes.append(i == 0 ? "" : ",").append("{\"id\":\"n").append(i);
      notes.append("\",\"name\":\"tall\",\"content\":\"").append(content);
      notes.append("\",\"position\":{\"x\":").append(i * 250).append(",\"y\":0},");
      notes.append("\"style\":{\"width\":\"200px\",\"height\":\"99999px\"}}");
    }
    var document = notes.append("]}").toString();

    var svg = sendJson("POST", "/api/schema/export?to=svg", document, null);
    assertAnswered(svg, 413);
    assertThat(svg.body()).contains("OUTPUT_TOO_LARGE").contains("PNG");
    assertAlive();

    var pictures = new ArrayList<CompletableFuture<HttpResponse<String>>>();
    for (var format : List.of("png", "svg", "png")) {
      pictures.add(sendJsonAsync("POST", "/api/schema/export?to=" + format, document));
    }
    for (var picture : pictures) {
      var response = picture.get(5, TimeUnit.MINUTES);
      assertThat(response.statusCode()).as(abbreviate(response.body())).isIn(200, 413, 503);
    }
    assertAlive();
  }

  /**
   * A legal body whose JSON tree does not fit the bounded heap: 1,250 tables of 200 three-member
   * columns (11 MB, a million JSON values). Its tree was about ten times the body, and one create
   * ended the server with OutOfMemoryError before any limit of the schema applied; the tree is now
   * charged node by node against a budget of the heap (ADR 0130) and the request refused with 413,
   * naming the limit and what to do. A create of a smaller dense document is still answered.
   */
  @Test
  void aDenseDocumentWhoseTreeDoesNotFitTheHeapIsRefusedOnCreateAndTheServerLives()
      throws Exception {
    var created =
        sendJson(
            "POST", "/api/projects", "{\"name\":\"dense\",\"data\":" + dense(1_250) + "}", null);

    assertAnswered(created, 413);
    assertThat(created.body()).contains("PAYLOAD_TOO_LARGE").contains("MiB").contains("-Xmx");
    assertAlive();

    var smaller =
        sendJson("POST", "/api/projects", "{\"name\":\"dense\",\"data\":" + dense(500) + "}", null);
    assertAnswered(smaller, 201);
    assertAlive();
  }

  /**
   * 500 tables of 1,000 empty columns (1.5 MB): the tree is small (an empty object is shared, four
   * bytes a column), but each column is a record and three REQUIRED problems, about 1 GB for the
   * document read from it: the create and the save ended the server with OutOfMemoryError. The
   * streamed read (ADR 0141) bounds what the document keeps by the same budget: 413.
   */
  @Test
  void aDocumentOfEmptyColumnsIsRefusedOnCreateAndSaveAndTheServerLives() throws Exception {
    var document = new StringBuilder("{\"tables\":[");
    for (int t = 0; t < 500; t++) {
      document.append(t == 0 ? "" : ",").append("{\"columns\":[{}");
      document.append(",{}".repeat(999)).append("]}");
    }
    document.append("]}");
    var project = sendJson("POST", "/api/projects", "{\"name\":\"empty columns\"}", null);
    assertAnswered(project, 201);
    var id = HttpTestClient.json(project).get("id").asString();

    var created =
        sendJson("POST", "/api/projects", "{\"name\":\"e\",\"data\":" + document + "}", null);
    assertAnswered(created, 413);
    assertThat(created.body()).contains("PAYLOAD_TOO_LARGE");
    assertAlive();

    var saved = sendJson("PUT", "/api/projects/" + id, "{\"data\":" + document + "}", null);
    assertAnswered(saved, 413);
    assertAlive();
  }

  /**
   * The same 500 tables of 1,000 empty columns on the routes that still read a tree (validate, SQL,
   * diff, export, an export envelope's import): the tree is small, but the document read from it
   * had three REQUIRED problems a column and its validation more, about 1.5 million problems with
   * their paths, and the bounded server ended with OutOfMemoryError. A read and a validation list
   * at most {@code BoundedProblems.MAX} problems and say how many more there were.
   */
  @Test
  void aDocumentOfEmptyColumnsIsAnsweredOnEveryTreeRouteAndTheServerLives() throws Exception {
    var document = new StringBuilder("{\"tables\":[");
    for (int t = 0; t < 500; t++) {
      document.append(t == 0 ? "" : ",").append("{\"columns\":[{}");
      document.append(",{}".repeat(999)).append("]}");
    }
    document.append("]}");

    var validated = sendJson("POST", "/api/schema/validate", document.toString(), null);
    assertThat(validated.statusCode()).isBetween(200, 499);
    assertThat(validated.body()).contains("TOO_MANY_PROBLEMS");
    assertAlive();
    for (var route : List.of("/api/schema/sql", "/api/schema/export?format=dbml")) {
      var answered = sendJson("POST", route, document.toString(), null);
      assertThat(answered.statusCode()).as(route).isBetween(400, 499);
      assertAlive();
    }
    var diffed =
        sendJson(
            "POST", "/api/schema/diff", "{\"from\":" + document + ",\"to\":{\"tables\":[]}}", null);
    assertThat(diffed.statusCode()).isBetween(400, 499);
    assertAlive();
    var imported =
        sendJson(
            "POST",
            "/api/projects/import",
            "{\"version\":\"1\",\"project\":{\"name\":\"e\",\"engine\":\"PostgreSQL\","
                + document.substring(1)
                + "}",
            null);
    assertThat(imported.statusCode()).isBetween(400, 499);
    assertAlive();
  }

  /**
   * 2,000 tables of 200 columns (17 MB): its parsed tree alone filled the bounded heap, so a create
   * or an SVG export ended the server before the SVG's own budget (ADR 0129) could apply.
   */
  @Test
  void aSixteenMegabyteDocumentIsRefusedOnCreateAndSvgExportAndTheServerLives() throws Exception {
    var document = dense(2_000);

    var svg = sendJson("POST", "/api/schema/export?to=svg", document, null);
    assertAnswered(svg, 413);
    assertThat(svg.body()).contains("PAYLOAD_TOO_LARGE").contains("-Xmx");
    assertAlive();

    var created =
        sendJson("POST", "/api/projects", "{\"name\":\"dense\",\"data\":" + document + "}", null);
    assertAnswered(created, 413);
    assertAlive();
  }

  /** {@code tables} tables of 200 columns of three members (an id, a name, a type). */
  /**
   * Bodies that announce the whole {@code MAX_REQUEST_SIZE} (32 MiB) and send one byte, on a route
   * that reads JSON without the document admission (a version's notes): the server must not set
   * aside the announced size for each of them before the bytes come (sixteen would be 512 MiB on a
   * 224 MiB heap).
   */
  @Test
  void bodiesThatAnnounceTheLimitAndSendNothingDoNotEndTheServer() throws Exception {
    var created =
        sendJson(
            "POST",
            "/api/projects",
            "{\"name\":\"notes\",\"data\":{\"tables\":[],\"relations\":[]}}",
            null);
    assertAnswered(created, 201);
    var id = created.body().replaceFirst("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1");
    var sockets = new ArrayList<Socket>();
    try {
      for (int i = 0; i < 16; i++) {
        var socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(60_000);
        socket
            .getOutputStream()
            .write(
                ("PATCH /api/projects/"
                        + id
                        + "/versions/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type:"
                        + " application/json\r\nContent-Length: "
                        + (32 << 20)
                        + "\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        sockets.add(socket);
      }
      Thread.sleep(3_000);
      assertAlive();
    } finally {
      for (var socket : sockets) {
        socket.close();
      }
    }
    assertAlive();
  }

  /**
   * Sixteen real 8 MB bodies at once on a version's notes (legal size, hostile number): each is
   * answered and the server lives. Read as they came, without the shared body admission, their
   * buffers, strings and trees needed more than the bounded heap.
   */
  @Test
  void concurrentLargeNotesAreAnsweredAndTheServerLives() throws Exception {
    var created =
        sendJson(
            "POST",
            "/api/projects",
            "{\"name\":\"large notes\",\"data\":{\"tables\":[],\"relations\":[]}}",
            null);
    assertAnswered(created, 201);
    var id = created.body().replaceFirst("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1");
    var body = "{\"label\":\"" + "n".repeat(8 << 20) + "\"}";
    var answers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
    for (int i = 0; i < 16; i++) {
      answers.add(sendJsonAsync("PATCH", "/api/projects/" + id + "/versions/1", body));
    }
    for (var answer : answers) {
      HttpResponse<String> response;
      try {
        response = answer.get(5, TimeUnit.MINUTES);
      } catch (java.util.concurrent.ExecutionException unanswered) {
        throw new AssertionError("a PATCH was not answered; server log:\n" + tail(), unanswered);
      }
      assertThat(response.statusCode()).as(abbreviate(response.body())).isIn(400, 413, 503);
    }
    assertAlive();
  }

  private static String dense(int tables) {
    var out = new StringBuilder(tables * 9_000).append("{\"tables\":[");
    for (int t = 0; t < tables; t++) {
      out.append(t == 0 ? "" : ",").append("{\"id\":\"t").append(t);
      out.append("\",\"name\":\"table_").append(t).append("\",\"columns\":[");
      for (int c = 0; c < 200; c++) {
        out.append(c == 0 ? "" : ",").append("{\"id\":\"t").append(t).append('c').append(c);
        out.append("\",\"name\":\"c").append(c).append("\",\"type\":\"int\"}");
      }
      out.append("]}");
    }
    return out.append("]}").toString();
  }

  /** 10,000 tables of 7 columns in a chain of 9,999 relations; changed: every tenth renamed. */
  private static String tenThousandTables(boolean changed) {
    var out = new StringBuilder(10_000_000).append("{\"tables\":[");
    for (int i = 0; i < 10_000; i++) {
      out.append(i == 0 ? "" : ",")
          .append("{\"id\":\"t")
          .append(i)
          .append("\",\"name\":\"")
          .append(changed && i % 10 == 0 ? "renamed_" : "table_")
          .append(i)
          .append("\",\"position\":{\"x\":")
          .append(i % 100 * 300)
          .append(",\"y\":")
          .append(i / 100 * 300)
          .append("},\"columns\":[")
          .append("{\"id\":\"t")
          .append(i)
          .append(
              "c0\",\"name\":\"id\",\"type\":\"INTEGER\",\"primaryKey\":true,\"nullable\":false}");
      for (int j = 1; j < 6; j++) {
        out.append(",{\"id\":\"t")
            .append(i)
            .append('c')
            .append(j)
            .append("\",\"name\":\"col_")
            .append(j)
            .append("\",\"type\":\"VARCHAR\",\"length\":100,\"nullable\":true}");
      }
      out.append(",{\"id\":\"t")
          .append(i)
          .append("fk\",\"name\":\"parent_id\",\"type\":\"INTEGER\",\"nullable\":true}]}");
    }
    out.append("],\"relations\":[");
    for (int i = 1; i < 10_000; i++) {
      out.append(i == 1 ? "" : ",")
          .append("{\"id\":\"r")
          .append(i)
          .append("\",\"type\":\"1:N\",\"sourceTableId\":\"t")
          .append(i)
          .append("\",\"sourceColumnId\":\"t")
          .append(i)
          .append("fk\",\"targetTableId\":\"t")
          .append(i - 1)
          .append("\",\"targetColumnId\":\"t")
          .append(i - 1)
          .append("c0\",\"onDelete\":\"CASCADE\",\"onUpdate\":\"NO ACTION\"}");
    }
    return out.append("]}").toString();
  }

  private static HttpRequest jsonRequest(String method, String path, String body) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofMinutes(5))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static HttpResponse<String> sendJson(String method, String path, String body, Void unused)
      throws Exception {
    try {
      return CLIENT.send(jsonRequest(method, path, body), HttpResponse.BodyHandlers.ofString());
    } catch (IOException unanswered) {
      throw new AssertionError(
          method + " " + path + " was not answered (" + unanswered + "); server log:\n" + tail(),
          unanswered);
    }
  }

  private static CompletableFuture<HttpResponse<String>> sendJsonAsync(
      String method, String path, String body) {
    return CLIENT.sendAsync(jsonRequest(method, path, body), HttpResponse.BodyHandlers.ofString());
  }

  private interface Content {
    void write(Writer out) throws IOException;
  }

  private static Path text(String name, Content content) throws IOException {
    var file = directory.resolve(name);
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      content.write(out);
    }
    return file;
  }

  private static void repeat(Writer out, String text, int times) throws IOException {
    for (int i = 0; i < times; i++) {
      out.write(text);
    }
  }

  private static HttpRequest importRequest(String path, Path file) throws IOException {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofMinutes(5))
        .header("Content-Type", "text/plain; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofFile(file))
        .build();
  }

  private static HttpResponse<String> importText(String path, Path file) throws Exception {
    return CLIENT.send(importRequest(path, file), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A GET with the same five minutes as the other requests: a migration between two 10,000-table
   * versions is answered in well under a second on a quiet machine, but took more than 30 s when CI
   * shared the two cores with four builds; this test proves the server lives, not its speed.
   */
  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofMinutes(5))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertAnswered(HttpResponse<String> response, int status) {
    assertThat(response.statusCode())
        .as("%s\nserver log:\n%s", abbreviate(response.body()), tail())
        .isEqualTo(status);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static void assertAlive() throws Exception {
    assertThat(server.isAlive()).as("the server ended:\n%s", tail()).isTrue();
    assertThat(get("/health/live").statusCode()).isEqualTo(200);
  }

  private static String abbreviate(String text) {
    return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "…";
  }

  private static String tail() {
    try {
      var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
